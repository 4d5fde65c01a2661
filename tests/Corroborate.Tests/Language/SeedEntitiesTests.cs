using Corroborate.Language;

namespace Corroborate.Tests.Language;

/// <summary>
/// The golden test of the language core on the two real reports of the 7 December 2023 prisoner exchange:
/// every person, organization, country, place, nationality, date and number in them, written down from
/// our own reading, must be found with its type and normalized value (and a person with the role the text
/// gives). Scraper junk after the articles (a currency ticker) is not listed.
/// </summary>
public sealed class SeedEntitiesTests
{
    private const string Sputnik = "seeds/000_e9e3171e4863870b.txt";
    private const string AzerNews = "seeds/004_7f5bd2da033e4ba2.txt";

    // (text as words joined by spaces, label, value, how many times at least, role)
    public static readonly TheoryData<string, string, string, string?, int, string?> Expected = new()
    {
        // Sputnik, dated 08/12/2023 14:21 (+06:00)
        { Sputnik, "Azerbaijani", "NORP", "AZE", 4, null },
        { Sputnik, "Armenian", "NORP", "ARM", 3, null },
        { Sputnik, "Azerbaijan", "GPE", "AZE", 7, null },
        { Sputnik, "Armenia", "GPE", "ARM", 5, null },
        { Sputnik, "United States", "GPE", "USA", 1, null },
        { Sputnik, "Russia", "GPE", "RUS", 1, null },
        { Sputnik, "Baku", "GPE", "Baku", 1, null },
        { Sputnik, "Yerevan", "GPE", "Yerevan", 1, null },
        { Sputnik, "Gadroot", "GPE", "Gadroot", 1, null },
        { Sputnik, "Nagorno - Karabakh", "GPE", "Nagorno-Karabakh", 2, null },
        { Sputnik, "Nagorno - Karabakh Republic", "GPE", null, 1, null },
        { Sputnik, "Karabakh", "LOC", "Karabakh", 2, null },
        { Sputnik, "Sputnik", "ORG", "Sputnik", 2, null },
        { Sputnik, "BBC", "ORG", "BBC", 1, null },
        { Sputnik, "Azertag", "ORG", "Azertag", 1, null },
        { Sputnik, "European Union", "ORG", "European Union", 1, null },
        { Sputnik, "International Crisis Group", "ORG", "International Crisis Group", 1, null },
        { Sputnik, "Ilyas Baktygaliyev", "PER", null, 1, "Expert" },
        { Sputnik, "Baktygaliyev", "PER", null, 1, null },
        { Sputnik, "08/12/2023", "DATE", "2023-12-08", 1, null },
        { Sputnik, "14:21", "TIME", "2023-12-08T14:21", 1, null },
        { Sputnik, "Thursday evening", "TIME", "2023-12-07TEV", 1, null },
        { Sputnik, "December 2020", "DATE", "2020-12", 1, null },
        { Sputnik, "this autumn", "DATE", "2023-FA", 1, null },
        { Sputnik, "the past few months", "DATE", "2023-09-01/2023-12-08", 1, null },
        { Sputnik, "2020", "DATE", "2020", 1, null },
        { Sputnik, "32", "CARDINAL", "32", 2, null },
        { Sputnik, "two", "CARDINAL", "2", 2, null },
        { Sputnik, "26", "CARDINAL", "26", 1, null },
        { Sputnik, "28", "CARDINAL", "28", 1, null },
        { Sputnik, "six", "CARDINAL", "6", 1, null },
        { Sputnik, "44 - day", "QUANTITY", "44 day", 1, null },
        { Sputnik, "third", "ORDINAL", "3", 1, null },

        // AzerNews via MENAFN, dated 2023-12-07
        { AzerNews, "2023-12-07", "DATE", "2023-12-07", 1, null },
        { AzerNews, "MENAFN", "ORG", "MENAFN", 1, null },
        { AzerNews, "AzerNews", "ORG", "AzerNews", 1, null },
        { AzerNews, "Elnur Enveroglu", "PER", null, 1, null },
        { AzerNews, "Azerbaijan", "GPE", "AZE", 5, null },
        { AzerNews, "Armenia", "GPE", "ARM", 4, null },
        { AzerNews, "Republic of Azerbaijan", "GPE", "AZE", 3, null },
        { AzerNews, "Republic of Armenia", "GPE", "ARM", 2, null },
        { AzerNews, "Yerevan", "GPE", "Yerevan", 1, null },
        { AzerNews, "Hadrut", "GPE", "Hadrut", 1, null },
        { AzerNews, "Armenian", "NORP", "ARM", 1, null },
        { AzerNews, "Azerbaijani", "NORP", "AZE", 2, null },
        { AzerNews, "Araik Harutyunyan", "PER", null, 1, null },
        { AzerNews, "Bako Sahakyan", "PER", null, 1, null },
        { AzerNews, "Arkady Ghukasyan", "PER", null, 1, null },
        { AzerNews, "Ruben Vardanyan", "PER", null, 1, null },
        { AzerNews, "Vagif Khachaturyan", "PER", null, 1, null },
        { AzerNews, "Alyosha Khosrovyan", "PER", null, 1, null },
        { AzerNews, "Ilham Aliyev", "PER", null, 2, null },
        { AzerNews, "a few months ago", "DATE", "2023-09", 1, null },
        { AzerNews, "December 2020", "DATE", "2020-12", 1, null },
        { AzerNews, "32", "CARDINAL", "32", 3, null },
        { AzerNews, "2", "CARDINAL", "2", 1, null },
        { AzerNews, "two", "CARDINAL", "2", 1, null },
        { AzerNews, "26", "CARDINAL", "26", 1, null },
        { AzerNews, "6", "CARDINAL", "6", 1, null },
        { AzerNews, "third", "ORDINAL", "3", 1, null },
    };

    private static readonly Dictionary<string, DateTimeOffset> Published = new()
    {
        [Sputnik] = new DateTimeOffset(2023, 12, 8, 14, 21, 0, TimeSpan.FromHours(6)),
        [AzerNews] = new DateTimeOffset(2023, 12, 7, 0, 0, 0, TimeSpan.Zero),
    };

    private static readonly Dictionary<string, List<(string Text, Entity Entity)>> Found = [];

    private static List<(string Text, Entity Entity)> EntitiesOf(string seed)
    {
        lock (Found)
        {
            if (!Found.TryGetValue(seed, out var entities))
            {
                var annotated = Annotator.Default.Annotate(File.ReadAllText(SharedData.File(seed)), Published[seed]);
                entities = [.. annotated.Sentences.SelectMany(s => s.Entities.Select(e => (string.Join(' ', s.Words.Skip(e.Start).Take(e.Length)), e)))];
                Found[seed] = entities;
            }
            return entities;
        }
    }

    [SharedDataTheory]
    [MemberData(nameof(Expected))]
    public void Every_name_date_and_number_is_found_with_its_type_and_value(string seed, string text, string label, string? value, int count, string? role)
    {
        var matches = EntitiesOf(seed).Where(f => f.Text == text).ToList();
        var right = matches.Where(f => f.Entity.Label.ToString() == label && (value is null || f.Entity.Value == value)).ToList();
        Assert.True(right.Count >= count,
            $"{text}: expected {count}× {label} {value}; found {string.Join(", ", matches.Select(m => $"{m.Entity.Label} {m.Entity.Value}"))}");
        if (role is not null)
        {
            Assert.Contains(right, f => f.Entity.Role == role);
        }
    }

    [SharedDataFact]
    public void Names_are_not_given_a_second_type()
    {
        // The same words are one kind of thing throughout a report: no "Armenia" as a person, no "Aliyev" as a place.
        foreach (var seed in new[] { Sputnik, AzerNews })
        {
            var names = EntitiesOf(seed).Where(f => f.Entity.Label is EntityLabel.PER or EntityLabel.ORG or EntityLabel.GPE or EntityLabel.LOC or EntityLabel.NORP);
            foreach (var group in names.GroupBy(f => f.Text))
            {
                Assert.Single(group.Select(f => f.Entity.Label).Distinct());
            }
        }
    }

    [SharedDataFact]
    public void The_president_is_bound_to_his_name()
    {
        var aliyev = EntitiesOf(AzerNews).Where(f => f.Text == "Ilham Aliyev").Select(f => f.Entity.Role).ToList();
        Assert.Contains("President", aliyev);
        Assert.Contains("Commander-in-Chief", aliyev);
    }
}
