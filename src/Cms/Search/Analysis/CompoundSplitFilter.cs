using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Participation.Cms.Search.Analysis;

/// <summary>
/// Adds the parts of a Finnish compound at the compound's own position (asukasyhdistyksen: asukas, yhdistyksen), so
/// a search for either part finds the compound and the stemmer then treats each part as a word. Runs on lower-cased,
/// ASCII-folded terms; the whole word is kept too, so an exact compound still ranks first.
/// </summary>
internal sealed class CompoundSplitFilter : TokenFilter
{
    private readonly CompoundSplitter splitter;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private readonly Queue<string> pending = new();
    private State? whole;

    public CompoundSplitFilter(TokenStream input, CompoundSplitter splitter)
        : base(input)
    {
        this.splitter = splitter;
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending.Count > 0)
        {
            RestoreState(whole);
            term.SetEmpty().Append(pending.Dequeue());
            position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        foreach (var part in splitter.Split(term.ToString()))
        {
            pending.Enqueue(part);
        }

        if (pending.Count > 0)
        {
            whole = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pending.Clear();
        whole = null;
    }
}
