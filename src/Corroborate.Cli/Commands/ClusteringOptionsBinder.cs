using System.CommandLine;
using Corroborate.Stories;

namespace Corroborate.Cli.Commands;

/// <summary>The clustering knobs shared by <c>cluster</c> and <c>eval stories</c>.</summary>
internal sealed class ClusteringOptionsBinder
{
    private static readonly ClusteringOptions Defaults = new();

    private readonly Option<double> _join = new("--join-threshold")
    {
        Description = $"Similarity (cosine) at which an article joins a story (default {Defaults.JoinThreshold})",
        DefaultValueFactory = _ => Defaults.JoinThreshold,
        HelpName = "X",
    };

    private readonly Option<double> _copy = new("--copy-threshold")
    {
        Description = $"Estimated word 5-gram Jaccard at which an article is a copy (default {Defaults.CopyThreshold})",
        DefaultValueFactory = _ => Defaults.CopyThreshold,
        HelpName = "X",
    };

    private readonly Option<double> _window = new("--window-days")
    {
        Description = $"Days after a story's last article (or before its first) in which it takes new ones (default {Defaults.Window.TotalDays})",
        DefaultValueFactory = _ => Defaults.Window.TotalDays,
        HelpName = "DAYS",
    };

    public static ClusteringOptionsBinder Create() => new();

    public void AddTo(Command command)
    {
        command.Options.Add(_join);
        command.Options.Add(_copy);
        command.Options.Add(_window);
    }

    public ClusteringOptions Read(ParseResult result) => new()
    {
        JoinThreshold = result.GetValue(_join),
        CopyThreshold = result.GetValue(_copy),
        Window = TimeSpan.FromDays(result.GetValue(_window)),
    };
}
