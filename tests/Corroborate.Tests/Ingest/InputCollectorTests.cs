using System.IO.Compression;
using System.Text;
using Corroborate.Ingest;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Ingest;

public class InputCollectorTests
{
    private const string Article = "A headline about the harbour\n\nThe harbour reopened on Monday after a week of storms, the port authority said.";

    [Fact]
    public void Walks_directories_recursively_in_order_skipping_documentation_and_hidden_files()
    {
        using var temp = new TempFolder();
        temp.File("b/two.txt", Article.Replace("harbour", "airport", StringComparison.Ordinal));
        temp.File("a/one.html", "<html><body><article><p>" + Article + "</p></article></body></html>");
        temp.File("README.md", "# About these files");
        temp.File("a/LICENSE", "MIT");
        temp.File("a/make.py", "print('hi')");
        temp.File(".hidden.txt", Article);
        temp.File(".git/objects.txt", Article);

        var names = InputCollector.Collect([temp.Path], InputLimits.Default, null).Select(i => Path.GetRelativePath(temp.Path, i.Name)).ToList();

        Assert.Equal([Path.Combine("a", "one.html"), Path.Combine("b", "two.txt")], names);
    }

    [Fact]
    public void Follows_links_to_files_but_not_links_to_directories()
    {
        using var temp = new TempFolder();
        var target = temp.File("store/article.txt", Article);
        var walked = Path.Combine(temp.Path, "walked");
        Directory.CreateDirectory(walked);
        File.CreateSymbolicLink(Path.Combine(walked, "linked.txt"), target);
        Directory.CreateSymbolicLink(Path.Combine(walked, "loop"), walked);

        var names = InputCollector.Collect([walked], InputLimits.Default, null).Select(i => Path.GetFileName(i.Name)).ToList();

        Assert.Equal(["linked.txt"], names);
    }

    [Fact]
    public void A_file_named_explicitly_is_read_whatever_its_name()
    {
        using var temp = new TempFolder();
        var path = temp.File("README.md", Article);
        var input = Assert.Single(InputCollector.Collect([path], InputLimits.Default, null));
        Assert.True(input.IsReadable);
        Assert.Equal(InputFormat.Text, input.Format);
    }

    [Fact]
    public void Gzip_is_recognised_by_content_and_its_format_detected_inside()
    {
        using var temp = new TempFolder();
        var path = temp.File("feed.bin", TestIngest.Gzip("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title></channel></rss>"));
        var input = Assert.Single(InputCollector.Collect([path], InputLimits.Default, null));
        Assert.Equal(InputFormat.Feed, input.Format);
        using var stream = input.File.Open();
        Assert.StartsWith("<?xml", new StreamReader(stream).ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_as_one_input_named_dash()
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes("WARC/1.0\r\nContent-Length: 0\r\n\r\n\r\n\r\n"));
        var input = Assert.Single(InputCollector.Collect(["-"], InputLimits.Default, stdin));
        Assert.Equal("-", input.Name);
        Assert.Equal(InputFormat.Warc, input.Format);
    }

    [Fact]
    public void Missing_paths_and_empty_directories_are_reported()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "empty"));
        var inputs = InputCollector.Collect([Path.Combine(temp.Path, "nope.txt"), Path.Combine(temp.Path, "empty")], InputLimits.Default, null).ToList();
        Assert.Equal("no such file or directory", inputs[0].Problem.Reason);
        Assert.Equal(ProblemSeverity.Error, inputs[0].Problem.Severity);
        Assert.Equal("no news inputs in this directory", inputs[1].Problem.Reason);
        Assert.Equal(ProblemSeverity.Warning, inputs[1].Problem.Severity);
    }
}
