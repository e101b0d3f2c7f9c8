using System.Runtime.InteropServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Participation.Cms.Search.Analysis;

namespace Participation.Bench;

/// <summary>
/// A relevance candidate only (never shipped): Finnish words replaced by their dictionary base forms and compound parts
/// from Voikko (Debian's libvoikko1 and voikko-fi, through P/Invoke). Null when the library or dictionary is missing.
/// The dictionary is GPL data loaded at run time and a native package every node would need, so it is measured here
/// before anything decides to carry it.
/// </summary>
internal static partial class VoikkoAnalysis
{
    private const string Library = "libvoikko.so.1";
    private static readonly Lock Gate = new();

    public static LanguageAnalysis? TryCreate()
    {
        IntPtr handle;
        try
        {
            handle = voikkoInit(out var error, "fi", null);
            if (handle == IntPtr.Zero)
            {
                Console.WriteLine($"(voikko not tried: {Marshal.PtrToStringUTF8(error)})");
                return null;
            }
        }
        catch (DllNotFoundException)
        {
            Console.WriteLine("(voikko not tried: libvoikko1 and voikko-fi are not installed)");
            return null;
        }

        var text = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
            stream = new StopFilter(LuceneVersion.LUCENE_48, stream, FinnishAnalyzer.DefaultStopSet);
            stream = new BaseFormFilter(stream, handle);
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
        });
        return new LanguageAnalysis
        {
            Name = "voikko-baseforms",
            Text = text,
            Exact = AnalysisProfiles.CompoundTruncated.Exact,
            Grams = AnalysisProfiles.CompoundTruncated.Grams,
        };
    }

    /// <summary>Base forms of the whole word and of each compound part, from every reading Voikko gives; the word itself when it knows none.</summary>
    private static List<string> BaseForms(IntPtr handle, string word)
    {
        var forms = new List<string>();
        lock (Gate)
        {
            var analyses = voikkoAnalyzeWordCstr(handle, word);
            if (analyses == IntPtr.Zero)
            {
                return forms;
            }

            for (var i = 0; Marshal.ReadIntPtr(analyses, i * IntPtr.Size) is var analysis && analysis != IntPtr.Zero; i++)
            {
                Add(Value(analysis, "BASEFORM"));
                // WORDBASES looks like "+asukas(asukas)+yhdistyksen(yhdistys)": the parts' base forms are in parentheses.
                foreach (System.Text.RegularExpressions.Match part in System.Text.RegularExpressions.Regex.Matches(Value(analysis, "WORDBASES") ?? "", @"\(([^)]+)\)"))
                {
                    Add(part.Groups[1].Value);
                }
            }

            voikko_free_mor_analysis(analyses);
        }

        return forms;

        void Add(string? form)
        {
            if (!string.IsNullOrEmpty(form) && form.Length >= 2 && !forms.Contains(form.ToLowerInvariant()))
            {
                forms.Add(form.ToLowerInvariant());
            }
        }
    }

    private static string? Value(IntPtr analysis, string key)
    {
        var value = voikko_mor_analysis_value_cstr(analysis, key);
        if (value == IntPtr.Zero)
        {
            return null;
        }

        var text = Marshal.PtrToStringUTF8(value);
        voikko_free_mor_analysis_value_cstr(value);
        return text;
    }

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr voikkoInit(out IntPtr error, string language, string? path);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr voikkoAnalyzeWordCstr(IntPtr handle, string word);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr voikko_mor_analysis_value_cstr(IntPtr analysis, string key);

    [LibraryImport(Library)]
    private static partial void voikko_free_mor_analysis_value_cstr(IntPtr value);

    [LibraryImport(Library)]
    private static partial void voikko_free_mor_analysis(IntPtr analyses);

    private sealed class BaseFormFilter : TokenFilter
    {
        private readonly IntPtr handle;
        private readonly ICharTermAttribute term;
        private readonly IPositionIncrementAttribute position;
        private readonly Queue<string> pending = new();
        private State? current;

        public BaseFormFilter(TokenStream input, IntPtr handle)
            : base(input)
        {
            this.handle = handle;
            term = AddAttribute<ICharTermAttribute>();
            position = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (pending.Count > 0)
            {
                RestoreState(current);
                term.SetEmpty().Append(pending.Dequeue());
                position.PositionIncrement = 0;
                return true;
            }

            if (!m_input.IncrementToken())
            {
                return false;
            }

            var forms = BaseForms(handle, term.ToString());
            if (forms.Count > 0)
            {
                term.SetEmpty().Append(forms[0]);
                foreach (var form in forms.Skip(1))
                {
                    pending.Enqueue(form);
                }

                current = CaptureState();
            }

            return true;
        }

        public override void Reset()
        {
            base.Reset();
            pending.Clear();
        }
    }
}
