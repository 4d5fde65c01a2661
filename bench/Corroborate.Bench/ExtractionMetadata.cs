using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Evaluation;
using Corroborate.Ingest;
using Corroborate.Ingest.Html;
using Corroborate.Ingest.Readers;

namespace Corroborate.Bench;

/// <summary>
/// How often the HTML reader finds each metadata field on the benchmark's pages, and, for pages whose
/// URL carries a date (/2019/11/19/), how often the date read agrees with it.
/// </summary>
internal static partial class ExtractionMetadata
{
    public static int Run(string[] args)
    {
        var data = ExtractionEvaluation.Option(args, "--data") ?? Path.Combine(SharedData.Root, "bench", "article-extraction");
        var pages = ExtractionBenchmark.Load(data).Pages;
        int title = 0, author = 0, date = 0, outlet = 0, dated = 0, agreeing = 0;
        foreach (var page in pages)
        {
            var bytes = page.ReadHtml();
            var input = new InputFile(page.Id, () => new MemoryStream(bytes)) { Url = page.Url };
            RawArticle raw;
            try
            {
                raw = new HtmlArticleReader().Read(input, _ => { }).Single();
            }
            catch (InputFormatException)
            {
                continue;
            }
            var article = ArticleBuilder.Build(raw)!;
            title += article.TitleDerived ? 0 : 1;
            author += article.Authors.Count > 0 ? 1 : 0;
            date += article.Published is null ? 0 : 1;
            outlet += article.Outlet is null ? 0 : 1;
            var m = UrlDate().Match(page.Url);
            if (m.Success)
            {
                dated++;
                var fromUrl = new DateTime(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                    int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
                if (article.Published is { } p && Math.Abs((p.Local.Date - fromUrl).TotalDays) <= 1)
                {
                    agreeing++;
                }
                else if (args.Contains("--show") && page.Split == BenchmarkSplit.Dev)
                {
                    Console.WriteLine($"  {page.Id[..12]} url {fromUrl:yyyy-MM-dd} read {article.Published} {page.Url}");
                }
            }
        }
        Console.WriteLine(FormattableString.Invariant(
            $"{pages.Count} pages: title {title}, author {author}, date {date}, outlet {outlet}; URL-dated pages {dated}, date within a day of the URL's {agreeing}"));
        return 0;
    }

    [GeneratedRegex(@"/(20\d\d)/(\d\d)/(\d\d)/")]
    private static partial Regex UrlDate();
}
