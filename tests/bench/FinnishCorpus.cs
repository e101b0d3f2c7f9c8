namespace Participation.Bench;

/// <summary>
/// A generated Finnish corpus for the search benchmark: titles and texts made of common civic words in several
/// inflected forms, place names, content types and municipalities, from a fixed seed so runs compare.
/// </summary>
internal sealed class FinnishCorpus(int seed = 12)
{
    public static readonly string[] Types = ["newsArticle", "blogPost", "association", "partnershipTable", "project", "space", "page"];

    public static readonly string[] Municipalities = ["Kouvola", "Iitti", "Kontiolahti", "Joensuu", "Oulu", "Nivala", "Raahe", "Haapavesi", "Utajärvi", "Rovaniemi"];

    private static readonly string[][] Words =
    [
        ["yhdistys", "yhdistyksen", "yhdistyksessä", "yhdistykset", "yhdistyksiä", "asukasyhdistys", "kyläyhdistyksen"],
        ["kylä", "kylän", "kylässä", "kylät", "kylien", "kylätalo", "kylätalolla"],
        ["talo", "talon", "talossa", "talot", "taloissa", "nuorisotalo", "seurantalolla"],
        ["kaupunki", "kaupungin", "kaupungissa", "kaupungit", "kaupunginosa", "kaupunginosayhdistys"],
        ["asukas", "asukkaan", "asukkaat", "asukkaiden", "asukasilta", "asukasillassa"],
        ["nuori", "nuoret", "nuorille", "nuorten", "nuorisotyö"],
        ["ikäihminen", "ikäihmiset", "ikäihmisille", "ikäihmisten"],
        ["tapahtuma", "tapahtumat", "tapahtumia", "tapahtumassa", "kesätapahtuma"],
        ["kerho", "kerhot", "kerhoja", "kerhossa", "lastenkerho"],
        ["talkoot", "talkoisiin", "talkoissa", "kevättalkoot"],
        ["hanke", "hankkeen", "hankkeessa", "hankkeet", "hankkeita"],
        ["tila", "tilan", "tilassa", "tilat", "tilavaraus", "kokoustila"],
        ["toiminta", "toiminnan", "toimintaa", "vapaaehtoistoiminta", "kylätoiminta"],
        ["ystävä", "ystävän", "ystävät", "ystävätoiminta", "ystäväpiiri"],
        ["perhe", "perheen", "perheet", "perheille", "lapsiperhe", "perhekahvila"],
        ["liikunta", "liikuntaa", "liikuntaryhmä", "tuolijumppa"],
        ["kumppanuuspöytä", "kumppanuuspöydän", "kumppanuuspöytään", "kumppanuuspöydät"],
        ["aluetoimikunta", "aluetoimikunnan", "aluetoimikunnalle", "aluetoimikunnat"],
        ["ilmoittautuminen", "ilmoittautumisen", "ilmoittaudu", "ilmoittautumiset"],
        ["vertaistuki", "vertaistukea", "vertaisryhmä", "vertaisryhmässä"],
        ["mielenterveys", "mielenterveyden", "mielenterveysyhdistys"],
        ["kulttuuri", "kulttuurin", "kulttuuria", "monikulttuurinen", "kulttuuritalo"],
    ];

    private static readonly string[] Glue = ["ja", "sekä", "on", "myös", "joka", "jossa", "kanssa", "kaikille", "avoin", "uusi", "yhteinen", "oma", "tervetuloa", "järjestää", "tukee", "kokoaa", "alkaa", "viikoittain"];

    private static readonly string[] Syllables = ["ka", "lo", "ne", "mi", "tu", "sa", "ri", "va", "ho", "ki", "pe", "lu", "ja", "te", "vi", "ko", "na", "si", "ar", "en", "is", "ot", "ul", "yk", "hä", "pö", "tä", "ly", "mä", "rö"];

    private static readonly string[] Endings = ["", "n", "ssa", "sta", "lla", "lle", "t", "ja", "ien", "an"];

    private readonly Random random = new(seed);
    private readonly string[] vocabulary = MakeVocabulary(seed);

    public string Word()
    {
        var forms = Words[random.Next(Words.Length)];
        return forms[random.Next(forms.Length)];
    }

    /// <summary>
    /// Mostly words from a 20 000-word generated vocabulary picked with a Zipf-like skew (as real text is), some glue
    /// words, and a few of the civic words and place names that the benchmark's queries ask for.
    /// </summary>
    public string Text(int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => random.Next(100) switch
        {
            < 4 => Word(),
            < 6 => Municipalities[random.Next(Municipalities.Length)],
            < 25 => Glue[random.Next(Glue.Length)],
            _ => vocabulary[(int)(vocabulary.Length * Math.Pow(random.NextDouble(), 3))] + Endings[random.Next(Endings.Length)],
        }));

    public string Pick(string[] values) => values[random.Next(values.Length)];

    private static string[] MakeVocabulary(int seed)
    {
        var random = new Random(seed + 1);
        return Enumerable.Range(0, 20_000)
            .Select(_ => string.Concat(Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Syllables[random.Next(Syllables.Length)])))
            .ToArray();
    }
}
