using Corroborate.Language;

namespace Corroborate.Bench;

/// <summary>Prints the entities the annotator finds in a text file, one per line (a development aid).</summary>
internal static class ShowEntities
{
    public static int Run(string[] args)
    {
        var published = ExtractionEvaluation.Option(args, "--published") is { } date ? DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        var annotated = Annotator.Default.Annotate(File.ReadAllText(args[0]), published);
        foreach (var sentence in annotated.Sentences)
        {
            foreach (var e in sentence.Entities)
            {
                Console.WriteLine($"{e.Label,-8} {string.Join(' ', sentence.Words.Skip(e.Start).Take(e.Length)),-40} {e.Value} {e.Unit} {e.Precision} {(e.Role is null ? "" : "role=" + e.Role)}");
            }
        }
        return 0;
    }
}
