using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Participation.Cms.Search;

/// <summary>The id and stamp of every match, from doc values (no stored field is loaded).</summary>
internal sealed class StampCollector : ICollector
{
    private readonly BytesRef id = new();
    private readonly BytesRef stamp = new();
    private BinaryDocValues? ids;
    private BinaryDocValues? stamps;

    public Dictionary<string, string> Stamps { get; } = new(StringComparer.Ordinal);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ids = context.AtomicReader.GetBinaryDocValues(IndexFields.Id);
        stamps = context.AtomicReader.GetBinaryDocValues(IndexFields.Stamp);
    }

    public void Collect(int doc)
    {
        if (ids is null)
        {
            return;
        }

        ids.Get(doc, id);
        stamps?.Get(doc, stamp);
        Stamps[id.Utf8ToString()] = stamps is null ? "" : stamp.Utf8ToString();
    }
}
