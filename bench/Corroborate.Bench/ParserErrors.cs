using System.Globalization;
using Corroborate.Language;
using Corroborate.Language.Corpora;

namespace Corroborate.Bench;

/// <summary>Dev only: where the parser's heads go wrong, by gold relation, with tags from our tagger and from gold.</summary>
internal static class ParserErrors
{
    public static int Run(string[] args)
    {
        var models = ExtractionEvaluation.Option(args, "--models") is { } folder ? new LanguageModels(folder) : LanguageModels.Default;
        var path = Path.Combine(SharedData.Root, "corpora", "ud-ewt", "en_ewt-ud-dev.conllu");
        var sentences = Conllu.Read(path).ToList();
        var byRelation = new Dictionary<string, (int Gold, int Wrong)>(StringComparer.Ordinal);
        var fallbackGold = new Dictionary<string, int>(StringComparer.Ordinal);
        var show = int.Parse(ExtractionEvaluation.Option(args, "--show") ?? "0", CultureInfo.InvariantCulture);
        int words = 0, predictedTagsRight = 0, goldTagsRight = 0, fallbacks = 0, rootWrong = 0;
        foreach (var sentence in sentences)
        {
            var forms = sentence.Words.Select(w => w.Form).ToArray();
            var parse = models.Parser.Parse(forms, models.Tagger.Tag(forms));
            var gold = models.Parser.Parse(forms, [.. sentence.Words.Select(w => new PosTag(w.Upos, w.Xpos))]);
            var goldRoot = sentence.Words.First(w => w.Head == 0).Id;
            var ourRoot = parse.Select((d, i) => (d, i)).First(p => p.d.Head == 0).i + 1;
            if (goldRoot != ourRoot && show-- > 0)
            {
                Console.WriteLine($"root {forms[ourRoot - 1]}, gold {forms[goldRoot - 1]}: {string.Join(' ', forms)}");
            }
            for (var i = 0; i < forms.Length; i++)
            {
                var w = sentence.Words[i];
                words++;
                predictedTagsRight += parse[i].Head == w.Head ? 1 : 0;
                goldTagsRight += gold[i].Head == w.Head ? 1 : 0;
                fallbacks += parse[i].Relation == "dep" ? 1 : 0;
                if (parse[i].Relation == "dep")
                {
                    var key = $"dep for {w.Relation} (head {(parse[i].Head == w.Head ? "right" : "wrong")})";
                    fallbackGold[key] = fallbackGold.GetValueOrDefault(key) + 1;
                }
                rootWrong += w.Head == 0 && parse[i].Head != 0 ? 1 : 0;
                var (g, wrong) = byRelation.GetValueOrDefault(w.Relation);
                byRelation[w.Relation] = (g + 1, wrong + (parse[i].Head == w.Head ? 0 : 1));
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dev UAS with our tags {100.0 * predictedTagsRight / words:F2}, with gold tags {100.0 * goldTagsRight / words:F2}; 'dep' arcs {fallbacks}; roots missed {rootWrong} of {sentences.Count}"));
        Console.WriteLine(string.Join(", ", fallbackGold.OrderByDescending(p => p.Value).Take(8).Select(p => $"{p.Key}: {p.Value}")));
        foreach (var (relation, (g, wrong)) in byRelation.OrderByDescending(p => p.Value.Wrong).Take(25))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{relation,-14} {g,6} gold, {wrong,5} wrong heads ({100.0 * wrong / g:F1}%)"));
        }
        return 0;
    }
}
