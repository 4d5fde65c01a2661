using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using Corroborate.Cli.Output;
using Corroborate.Language;
using Corroborate.Language.Corpora;
using Corroborate.Language.Learning;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate train clusters|sentences|tagger|entities|parser</c>: trains a model from the shared corpora and writes it.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", """
            Train a model from the corpora in ../shared/data and write it to models/. Training is deterministic:
            the same data gives the same model. The tagger needs the clusters model.

            Examples:
              corroborate train clusters
              corroborate train sentences --epochs 8
              corroborate train tagger --out /tmp/tagger.model
              corroborate train entities
              corroborate train parser
            """)
        {
            Clusters(), Sentences(), Tagger(), Entities(), Parser(),
        };
        return command;
    }

    private static Command Clusters()
    {
        var (data, output) = (CommonOptions.SharedData(), Output(LanguageModels.ClustersFile));
        var command = new Command("clusters", """
            Cluster words (64 and 256 classes, exchange algorithm) from unlabelled text: the UCI News Aggregator
            headlines (CC BY 4.0) and the UD EWT training sentences (CC BY-SA 4.0).

            Examples:
              corroborate train clusters
            """)
        { data, output };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            var root = CommonOptions.ResolveSharedData(result.GetValue(data));
            var sentences = new List<string[]>();
            using (var gzip = new GZipStream(File.OpenRead(Path.Combine(root, "bench", "stories", "uci-headlines", "newsCorpora.full.tsv.gz")), CompressionMode.Decompress))
            using (var reader = new StreamReader(gzip))
            {
                string? line;
                while ((line = reader.ReadLine()) is not null)
                {
                    var columns = line.Split('\t');
                    if (columns.Length > 1)
                    {
                        var title = columns[1];
                        sentences.Add([.. Tokenizer.Tokenize(title).Select(s => title.Substring(s.Start, s.Length))]);
                    }
                }
            }
            foreach (var sentence in Conllu.Read(EwtPath(root, "train")))
            {
                sentences.Add([.. sentence.Words.Select(w => w.Form)]);
            }
            var clusters = WordClusters.Train(sentences, [64, 256], minCount: 5, iterations: 8,
                "UCI News Aggregator headlines (newsCorpora.full.tsv.gz) + UD_English-EWT v2.16 train",
                "Word classes from the UCI News Aggregator headlines (Gasparetti 2017, CC BY 4.0) and UD English-EWT v2.16 (CC BY-SA 4.0); " +
                "a derived work under CC BY-SA 4.0.",
                Terminal.Message);
            return Save(result.GetValue(output)!, clusters.Save);
        }));
        return command;
    }

    private static Command Sentences()
    {
        var (data, output, epochs) = (CommonOptions.SharedData(), Output(LanguageModels.SentencesFile), Epochs(8));
        var command = new Command("sentences", """
            Train the sentence splitter on UD EWT train documents, rebuilt both with one sentence per line and with
            the sentences of a paragraph run together.

            Examples:
              corroborate train sentences
            """)
        { data, output, epochs };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            var path = EwtPath(CommonOptions.ResolveSharedData(result.GetValue(data)), "train");
            var documents = TreebankDocuments.Read(path, "\n").Concat(TreebankDocuments.Read(path, " ")).ToList();
            var splitter = SentenceSplitter.Train(documents, result.GetValue(epochs), "UD_English-EWT v2.16 train", Terminal.Message);
            return Save(result.GetValue(output)!, splitter.Save);
        }));
        return command;
    }

    private static Command Tagger()
    {
        var (data, output, epochs) = (CommonOptions.SharedData(), Output(LanguageModels.TaggerFile), Epochs(10));
        var clusters = new Option<string>("--clusters") { Description = "The clusters model (default models/clusters.model)", DefaultValueFactory = _ => Path.Combine("models", LanguageModels.ClustersFile) };
        var runs = Runs("taggers (each pass)");
        var command = new Command("tagger", """
            Train the part-of-speech tagger (UPOS and PTB XPOS) on UD EWT train, with word clusters as features.

            Examples:
              corroborate train tagger
              corroborate train tagger --runs 3 --out /tmp/tagger.model
            """)
        { data, output, epochs, clusters, runs };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            var sentences = Conllu.Read(EwtPath(CommonOptions.ResolveSharedData(result.GetValue(data)), "train")).ToList();
            var tagger = Language.Tagger.Train(sentences, WordClusters.Load(result.GetValue(clusters)!), result.GetValue(epochs), "UD_English-EWT v2.16 train", Terminal.Message,
                result.GetValue(runs));
            return Save(result.GetValue(output)!, tagger.Save);
        }));
        return command;
    }

    private static Command Entities()
    {
        var (data, output, epochs) = (CommonOptions.SharedData(), Output(LanguageModels.EntitiesFile), Epochs(12));
        var models = new Option<string>("--models") { Description = "The folder with the clusters and tagger models (default models/)", DefaultValueFactory = _ => "models", HelpName = "DIR" };
        var (folds, cache) = (TagFolds(), TagsCache());
        var command = new Command("entities", """
            Train the entity recognizer (PER, ORG, LOC; BILOU tags) on Universal NER EWT train, with part-of-speech
            tags and word clusters as features. The training sentences are tagged by taggers that have not seen
            them (jackknifing, as for the parser; the same --tags-cache file serves both).

            Examples:
              corroborate train entities
              corroborate train entities --epochs 8 --out /tmp/entities.model --tags-cache /tmp/ewt-train.tags
            """)
        { data, output, epochs, models, folds, cache };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            var folder = new LanguageModels(result.GetValue(models)!);
            var shared = CommonOptions.ResolveSharedData(result.GetValue(data));
            var trees = TrainingTrees(shared);
            var jackknifed = JackknifedTags(trees, folder.Clusters, result.GetValue(folds), result.GetValue(cache));
            var byId = trees.Select((t, k) => (t.Id, k)).Where(p => p.Id is not null).ToDictionary(p => p.Id!, p => p.k, StringComparer.Ordinal);
            // UNER train holds the UD sentences; the few it tokenizes otherwise are tagged by the shipped tagger.
            var sentences = Iob2.Read(UnerPath(shared, "train")).Select(s =>
            {
                var tags = s.Id is not null && byId.TryGetValue(s.Id, out var k) && trees[k].Words.Select(w => w.Form).SequenceEqual(s.Words)
                    ? jackknifed[k] : folder.Tagger.Tag(s.Words);
                return new EntityExample(s.Words, s.Tags, tags);
            }).ToList();
            var recognizer = EntityRecognizer.Train(sentences, $"jackknifed ({result.GetValue(folds)} folds) on {folder.Tagger.Info.TrainingData}", folder.Clusters,
                result.GetValue(epochs), "UNER_English-EWT v1 train (first release, OTH mapped to O)", Attribution.UnerEwt, Terminal.Message);
            return Save(result.GetValue(output)!, recognizer.Save);
        }));
        return command;
    }

    private static Command Parser()
    {
        var (data, output, epochs) = (CommonOptions.SharedData(), Output(LanguageModels.ParserFile), Epochs(15));
        var clusters = new Option<string>("--clusters") { Description = "The clusters model (default models/clusters.model)", DefaultValueFactory = _ => Path.Combine("models", LanguageModels.ClustersFile) };
        var (folds, cache) = (TagFolds(), TagsCache());
        var beam = new Option<int>("--beam")
        {
            Description = "Keep this many partial parses while parsing and train on whole parses (default 1: greedy with the dynamic oracle)",
            DefaultValueFactory = _ => 1,
        };
        var runs = Runs("parsers");
        var margin = new Option<float?>("--margin")
        {
            Description = "With --beam: while parsing, drop parses scoring further than this below the best (default: keep the beam full)",
        };
        margin.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<float?>() is { } m && !(m > 0))
            {
                r.AddError("--margin is above 0");
            }
        });
        var command = new Command("parser", """
            Train the dependency parser (arc-eager, dynamic oracle or beam search, UD relations) on UD EWT train. The training
            sentences are tagged by taggers that have not seen them (jackknifing), as the parser's input will be.

            Examples:
              corroborate train parser
              corroborate train parser --epochs 10 --out /tmp/parser.model --tags-cache /tmp/ewt-train.tags
              corroborate train parser --beam 4 --epochs 12 --out /tmp/beam-parser.model
              corroborate train parser --runs 3 --out /tmp/summed-parser.model
              corroborate train parser --beam 4 --runs 3 --epochs 12 --margin 500   (the shipped model)
            """)
        { data, output, epochs, clusters, folds, cache, beam, runs, margin };
        command.SetAction(result => CliRunner.Guarded(() =>
        {
            var sentences = TrainingTrees(CommonOptions.ResolveSharedData(result.GetValue(data)));
            var wordClusters = WordClusters.Load(result.GetValue(clusters)!);
            var tags = JackknifedTags(sentences, wordClusters, result.GetValue(folds), result.GetValue(cache));
            var examples = sentences.Select((s, k) => new ParserExample(
                [.. s.Words.Select(w => w.Form)], tags[k], [.. s.Words.Select(w => w.Head)], [.. s.Words.Select(w => w.Relation)])).ToList();
            var parser = DependencyParser.Train(examples, wordClusters, result.GetValue(epochs), "UD_English-EWT v2.16 train", Attribution.UdEwt, Terminal.Message,
                beam: result.GetValue(beam), runs: result.GetValue(runs),
                margin: result.GetValue(margin) ?? float.PositiveInfinity);
            return Save(result.GetValue(output)!, parser.Save);
        }));
        return command;
    }

    /// <summary>UD EWT train, the sentences the jackknifed tags are for (those with a full tree).</summary>
    private static List<ConlluSentence> TrainingTrees(string sharedData) =>
        [.. Conllu.Read(EwtPath(sharedData, "train")).Where(s => s.Words.All(w => w.Head >= 0))];

    private static Option<int> Runs(string what)
    {
        var option = new Option<int>("--runs")
        {
            Description = $"Train this many {what} on differently shuffled sentences and sum their weights into one model (default 1)",
            DefaultValueFactory = _ => 1,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 16)
            {
                r.AddError("--runs is 1 to 16");
            }
        });
        return option;
    }

    private static Option<int> TagFolds() => new("--tag-folds")
    {
        Description = "Tag the training sentences with taggers trained on the other folds (default 4)",
        DefaultValueFactory = _ => 4,
    };

    private static Option<string?> TagsCache() => new("--tags-cache")
    {
        Description = "Keep the jackknifed tags in this file and reuse them when it matches (saves minutes when only the model on top changes)",
        HelpName = "PATH",
    };

    // The tags file: a first line naming what it holds, then one line per sentence of UPOS|XPOS pairs.
    private static PosTag[][] JackknifedTags(List<ConlluSentence> sentences, WordClusters clusters, int folds, string? cache)
    {
        var header = string.Create(CultureInfo.InvariantCulture, $"# jackknifed tags: {sentences.Count} sentences, {sentences.Sum(s => s.Words.Count)} words, {folds} folds, clusters {clusters.Info.TrainingData}");
        if (cache is not null && File.Exists(cache))
        {
            if (ReadTagsCache(cache, header, sentences) is { } cached)
            {
                Terminal.Message($"tags from {cache}");
                return cached;
            }
            Terminal.Message($"{cache} holds other tags; tagging again");
        }
        Terminal.Message($"tagging the training sentences ({folds} folds)");
        var tags = Language.Tagger.Jackknife(sentences, clusters, folds, 10, Terminal.Message);
        if (cache is not null)
        {
            WriteTagsCache(cache, header, tags);
        }
        return tags;
    }

    /// <summary>The cached tags, or null unless the file holds exactly one well-formed tag per word of these sentences under this header.</summary>
    internal static PosTag[][]? ReadTagsCache(string path, string header, IReadOnlyList<ConlluSentence> sentences)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length != sentences.Count + 1 || lines[0] != header)
        {
            return null;
        }
        var result = new PosTag[sentences.Count][];
        for (var k = 0; k < sentences.Count; k++)
        {
            var items = lines[k + 1].Split(' ');
            if (items.Length != sentences[k].Words.Count)
            {
                return null;
            }
            result[k] = new PosTag[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i].Split('|') is not [{ Length: > 0 } upos, { Length: > 0 } xpos])
                {
                    return null;
                }
                result[k][i] = new PosTag(upos, xpos);
            }
        }
        return result;
    }

    /// <summary>Writes the tags beside the file and moves them in place, so that a stopped run never leaves half a cache.</summary>
    internal static void WriteTagsCache(string path, string header, IReadOnlyList<PosTag[]> tags)
    {
        var temporary = path + ".tmp";
        File.WriteAllLines(temporary, [header, .. tags.Select(t => string.Join(' ', t.Select(p => p.Upos + "|" + p.Xpos)))]);
        File.Move(temporary, path, overwrite: true);
    }

    internal static string UnerPath(string sharedData, string split) => Path.Combine(sharedData, "corpora", "uner-ewt", $"en_ewt-ud-{split}.iob2");

    internal static string EwtPath(string sharedData, string split) => Path.Combine(sharedData, "corpora", "ud-ewt", $"en_ewt-ud-{split}.conllu");

    private static Option<string> Output(string file) => new("--out")
    {
        Description = $"Where to write the model (default models/{file})",
        DefaultValueFactory = _ => Path.Combine("models", file),
        HelpName = "PATH",
    };

    private static Option<int> Epochs(int value) => new("--epochs")
    {
        Description = $"Passes over the training data (default {value})",
        DefaultValueFactory = _ => value,
    };

    private static int Save(string path, Action<string> save)
    {
        save(path);
        Terminal.Message(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({new FileInfo(path).Length / 1048576.0:F1} MiB)"));
        return ExitCodes.Ok;
    }
}
