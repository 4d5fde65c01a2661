namespace Corroborate.Language;

/// <summary>
/// The trained models Corroborate ships in <c>models/</c> (copied beside the binaries at build time),
/// loaded on first use and shared: every model is immutable and thread-safe.
/// </summary>
/// <remarks><c>CORROBORATE_MODELS</c> points at another folder of models.</remarks>
public sealed class LanguageModels
{
    public const string ClustersFile = "clusters.model";
    public const string SentencesFile = "sentences.model";
    public const string TaggerFile = "tagger.model";
    public const string EntitiesFile = "entities.model";
    public const string ParserFile = "parser.model";

    private static readonly Lazy<LanguageModels> Shipped = new(() => new LanguageModels(DefaultFolder()));

    private readonly Lazy<Learning.WordClusters> _clusters;
    private readonly Lazy<SentenceSplitter> _sentences;
    private readonly Lazy<Tagger> _tagger;
    private readonly Lazy<EntityRecognizer> _entities;
    private readonly Lazy<DependencyParser> _parser;

    public LanguageModels(string folder)
    {
        Folder = folder;
        _clusters = new(() => Learning.WordClusters.Load(Require(ClustersFile)));
        _sentences = new(() => SentenceSplitter.Load(Require(SentencesFile)));
        _tagger = new(() => Tagger.Load(Require(TaggerFile), Clusters));
        _entities = new(() => EntityRecognizer.Load(Require(EntitiesFile), Clusters));
        _parser = new(() => DependencyParser.Load(Require(ParserFile), Clusters));
    }

    /// <summary>The models in <c>models/</c> beside the binaries (or at <c>CORROBORATE_MODELS</c>).</summary>
    public static LanguageModels Default => Shipped.Value;

    public string Folder { get; }

    public Learning.WordClusters Clusters => _clusters.Value;

    public SentenceSplitter Sentences => _sentences.Value;

    public Tagger Tagger => _tagger.Value;

    public EntityRecognizer Entities => _entities.Value;

    public DependencyParser Parser => _parser.Value;

    public string PathOf(string file) => Path.Combine(Folder, file);

    private string Require(string file)
    {
        var path = PathOf(file);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"model {path} is missing (train it with corroborate train, or set CORROBORATE_MODELS)", path);
    }

    private static string DefaultFolder() =>
        Environment.GetEnvironmentVariable("CORROBORATE_MODELS") is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "models");
}
