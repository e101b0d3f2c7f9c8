using Participation.Cms.Search.Analysis;

namespace Participation.Cms.Tests.Search;

public sealed class FinnishAnalysisTests
{
    [Theory]
    [InlineData("talo", "talossa")]
    [InlineData("talo", "taloissa")]
    [InlineData("kaupunki", "kaupungissa")]
    [InlineData("kaupunki", "kaupungin")]
    [InlineData("yhdistys", "asukasyhdistyksen")]
    [InlineData("yhdistys", "yhdistyksiä")]
    [InlineData("ilmoittautuminen", "ilmoittautumisen")]
    [InlineData("kumppanuuspöytä", "kumppanuuspoydat")]
    [InlineData("ikäihmiset", "ikaihmisille")]
    public async Task AnInflectedCompoundOrUnaccentedFormFindsTheTextThatHasTheOtherForm(string inText, string typed)
    {
        await using var index = TestIndex.Open();
        await index.AddAsync(TestIndex.Document("Otsikko", $"Tekstissä on sana {inText} keskellä."), TestIndex.Document("Muu", "Aivan toinen aihe, ei mitään yhteistä."));

        var result = index.Search(typed);

        Assert.Equal(1, result.Total);
        Assert.Equal("Otsikko", result.Hits[0].Name);
    }

    [Fact]
    public void TheChosenFinnishAnalysisSplitsCompoundsAndCutsStemsToOneForm()
    {
        var terms = Participation.Cms.Search.TextQuery.Terms(AnalysisProfiles.Finnish.Text, "body.fi", "Asukasyhdistyksen kaupungissa");

        Assert.Contains("asukas", terms);
        Assert.Contains("yhdist", terms);
        Assert.Contains("kaupun", terms);
    }

    [Fact]
    public void SwedishAndEnglishTextGetTheirOwnStemmers()
    {
        Assert.Equal(
            Participation.Cms.Search.TextQuery.Terms(AnalysisProfiles.Swedish.Text, "body.sv", "föreningarna"),
            Participation.Cms.Search.TextQuery.Terms(AnalysisProfiles.Swedish.Text, "body.sv", "förening"));
        Assert.Equal(
            Participation.Cms.Search.TextQuery.Terms(AnalysisProfiles.English.Text, "body.en", "associations"),
            Participation.Cms.Search.TextQuery.Terms(AnalysisProfiles.English.Text, "body.en", "association"));
    }
}
