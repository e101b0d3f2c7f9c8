using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Participation.Cms.Search.Analysis;

/// <summary>
/// Cuts every term to its first <c>length</c> characters. After Snowball, Finnish inflection that the stemmer leaves
/// (consonant gradation: kaupunki/kaupungin, yhdistys/yhdistyksen) sits at the end of the stem, so a fixed-length
/// prefix brings the forms together; the exact-form field keeps the ranking sharp where this merges too much.
/// </summary>
internal sealed class TruncateFilter : TokenFilter
{
    private readonly int length;
    private readonly ICharTermAttribute term;

    public TruncateFilter(TokenStream input, int length)
        : base(input)
    {
        this.length = length;
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (term.Length > length)
        {
            term.SetLength(length);
        }

        return true;
    }
}
