using System.Globalization;
using Corroborate.Language;
using Corroborate.Language.Learning;

namespace Corroborate.Bench;

/// <summary>Writes a copy of a parser model without its small weights, or searched with another beam (and margin), to weigh
/// size and speed against accuracy on dev.</summary>
internal static class PruneParser
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: Corroborate.Bench prune-parser <in> <out> <minimum weight> [--beam N] [--margin X] [--clusters PATH]");
            return 2;
        }
        var clusters = WordClusters.Load(ExtractionEvaluation.Option(args, "--clusters") ?? Path.Combine("models", LanguageModels.ClustersFile));
        var parser = DependencyParser.Load(args[0], clusters).Pruned(float.Parse(args[2], CultureInfo.InvariantCulture));
        if (ExtractionEvaluation.Option(args, "--beam") is { } beam)
        {
            var margin = ExtractionEvaluation.Option(args, "--margin") is { } m ? float.Parse(m, CultureInfo.InvariantCulture) : float.PositiveInfinity;
            parser = parser.WithBeam(int.Parse(beam, CultureInfo.InvariantCulture), margin);
        }
        parser.Save(args[1]);
        Console.WriteLine(FormattableString.Invariant($"wrote {args[1]} ({new FileInfo(args[1]).Length / 1048576.0:F1} MiB)"));
        return 0;
    }
}
