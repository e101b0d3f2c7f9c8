using Participation.Cms.Search;

namespace Participation.Cms.Tests.Search;

public sealed class SearchIndexTests
{
    [Fact]
    public async Task AWriteIsSearchableWhenItsTaskCompletesAndADeleteRemovesIt()
    {
        await using var index = TestIndex.Open();
        var document = TestIndex.Document("Kylätalo", "Kylätalon talkoot lauantaina.");

        await index.AddAsync(document);
        Assert.Equal(1, index.Search("talkoot").Total);

        await index.Index.WriteAsync(IndexBatch.Of([], [document.Id]));
        Assert.Equal(0, index.Search("talkoot").Total);
    }

    [Fact]
    public async Task PagingGoesPastTenThousandHits()
    {
        await using var index = TestIndex.Open();
        var documents = Enumerable.Range(0, 12_000).Select(i => TestIndex.Document($"Tapahtuma {i:D5}", "Yhteinen kylätapahtuma")).ToList();
        await index.Index.RebuildAsync(documents);

        var page = index.Search(new ContentQuery("kylätapahtuma", "fi") { Sort = ContentSort.Name, Skip = 11_990, Take = 20, Highlight = false });

        Assert.Equal(12_000, page.Total);
        Assert.Equal(10, page.Hits.Count);
        Assert.Equal("Tapahtuma 11990", page.Hits[0].Name);
    }

    [Fact]
    public async Task SnippetsAreHtmlEncodedAndOnlyTheMatchIsMarked()
    {
        await using var index = TestIndex.Open();
        await index.AddAsync(TestIndex.Document("Talo", "<script>alert(1)</script> & vanha talo, jossa taloissa asuttiin."));

        var hit = index.Search("talossa").Hits.Single();

        Assert.Contains("&lt;script&gt;", hit.SnippetHtml);
        Assert.Contains("<mark>talo</mark>", hit.SnippetHtml);
        Assert.Contains("<mark>taloissa</mark>", hit.SnippetHtml);
        Assert.DoesNotContain("<script>", hit.SnippetHtml);
        Assert.Equal("<mark>Talo</mark>", hit.NameHtml);
    }

    [Fact]
    public async Task AMisspelledWordGetsADidYouMeanWithTheWordAsWritten()
    {
        await using var index = TestIndex.Open();
        await index.AddAsync(TestIndex.Document("Kumppanuuspöytä", "Kumppanuuspöytä kokoaa asukkaat ja kaupungin."));

        Assert.Equal("kumppanuuspöytä", index.Search("kumpanuuspöyta").DidYouMean);
        Assert.Null(index.Search("kumppanuuspoyta").DidYouMean);
    }

    [Fact]
    public async Task FacetsCountEveryMatchAndAFilteredFacetStillCountsTheOtherChoices()
    {
        await using var index = TestIndex.Open();
        await index.AddAsync(
            TestIndex.Document("Nuorten ilta", "Ilta nuorille", "newsArticle"),
            TestIndex.Document("Nuorisoyhdistys", "Yhdistys nuorille", "association"),
            TestIndex.Document("Kerho", "Kerho nuorille", "association"));

        var all = index.Search(new ContentQuery("nuorille", "fi") { Facets = [ContentFields.Type] });
        var filtered = index.Search(new ContentQuery("nuorille", "fi")
        {
            Facets = [ContentFields.Type],
            Filters = new Dictionary<string, IReadOnlyList<string>> { [ContentFields.Type] = ["association"] },
        });

        Assert.Equal([new FacetCount("association", 2), new FacetCount("newsArticle", 1)], all.Facets[ContentFields.Type]);
        Assert.Equal(2, filtered.Total);
        Assert.Equal(all.Facets[ContentFields.Type], filtered.Facets[ContentFields.Type]);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("corrupt")]
    [InlineData("schema")]
    public async Task AnIndexThatIsMissingCorruptOrOfAnotherSchemaOpensEmptyAndSaysWhy(string damage)
    {
        string folder;
        await using (var first = TestIndex.Open())
        {
            folder = first.Folder;
            await first.AddAsync(TestIndex.Document("Talo", "Talo"));
        }

        switch (damage)
        {
            case "missing":
                Directory.Delete(folder, recursive: true);
                break;
            case "corrupt":
                foreach (var file in Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal) && !f.EndsWith(".lock", StringComparison.Ordinal)))
                {
                    var bytes = File.ReadAllBytes(file);
                    bytes[bytes.Length / 2] ^= 0xFF;
                    File.WriteAllBytes(file, bytes);
                }

                break;
        }

        await using var reopened = TestIndex.Open(folder, extra: damage == "schema" ? "another" : "");

        Assert.Equal(damage switch { "missing" => IndexOpening.Missing, "corrupt" => IndexOpening.Corrupt, _ => IndexOpening.OlderSchema }, reopened.Index.OpenedAs);
        Assert.Equal(0, reopened.Index.Health().Documents);
    }

    [Fact]
    public async Task AnIntactIndexOpensWithItsDocuments()
    {
        string folder;
        await using (var first = TestIndex.Open())
        {
            folder = first.Folder;
            await first.AddAsync(TestIndex.Document("Talo", "Talo"));
        }

        await using var reopened = TestIndex.Open(folder);

        Assert.Equal(IndexOpening.Ready, reopened.Index.OpenedAs);
        Assert.Equal(1, reopened.Search("talo").Total);
    }

    [Fact]
    public async Task ASecondHostOnAFolderInUseKeepsAPrivateIndexAndLeavesTheFirstAlone()
    {
        await using var first = TestIndex.Open();
        await first.AddAsync(TestIndex.Document("Talo", "Talo"));

        string privateFolder;
        await using (var second = TestIndex.Open(first.Folder))
        {
            privateFolder = second.Index.Folder;
            await second.AddAsync(TestIndex.Document("Kylä", "Kylä"));
            Assert.NotEqual(first.Folder, privateFolder);
            Assert.Equal(0, second.Search("talo").Total);
        }

        Assert.False(Directory.Exists(privateFolder));
        Assert.Equal(1, first.Search("talo").Total);
        Assert.Equal(0, first.Search("kylä").Total);
    }
}
