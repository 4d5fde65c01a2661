using System.IO.Compression;
using System.Text;

namespace Corroborate.Language.Learning;

/// <summary>What a model file says about itself: its kind, labels, the data it was trained on, and why it may be used.</summary>
public sealed record ModelInfo(
    string Kind,
    IReadOnlyList<string> Labels,
    string TrainingData,
    string Attribution,
    IReadOnlyDictionary<string, string> Properties);

/// <summary>
/// The binary format of the models in <c>models/</c>: a versioned header (<see cref="ModelInfo"/>) followed
/// by one or more perceptron weight tables, the whole gzip-compressed. Weights are stored as 16-bit
/// floats (the averaged weights need no more precision; accuracy is the same to the last decimal shown).
/// </summary>
internal static class ModelFile
{
    private const uint Magic = 0x4D42524B; // "KRBM", Corroborate model
    private const int FormatVersion = 1;

    public static void Write(string path, ModelInfo info, IReadOnlyList<PerceptronModel> models)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        // Written beside and moved in place, so that a failed write never leaves half a model.
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new BinaryWriter(gzip, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(info.Kind);
            writer.Write(info.TrainingData);
            writer.Write(info.Attribution);
            writer.Write(info.Labels.Count);
            foreach (var label in info.Labels)
            {
                writer.Write(label);
            }
            writer.Write(info.Properties.Count);
            foreach (var (key, value) in info.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(key);
                writer.Write(value);
            }
            writer.Write(models.Count);
            foreach (var model in models)
            {
                writer.Write(model.Labels);
                writer.Write(model.Features);
                foreach (var (feature, labels, weights) in model.Entries())
                {
                    writer.Write(feature);
                    writer.Write((byte)labels.Length);
                    for (var i = 0; i < labels.Length; i++)
                    {
                        writer.Write(labels[i]);
                        writer.Write((Half)weights[i]);
                    }
                }
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Refuses a model trained with other word clusters or, when <paramref name="featureVersion"/> is
    /// given, with another version of its features (it would be misread, not fail).</summary>
    /// <param name="model">What the model is, for the message ("entity", "parser").</param>
    /// <param name="train">The command that retrains it.</param>
    public static void RequireTrainedWith(ModelInfo info, string path, WordClusters clusters, string? featureVersion, string model, string train)
    {
        if (info.Properties.GetValueOrDefault("clusters") is { } expected && expected != clusters.Info.TrainingData)
        {
            throw new InvalidDataException($"{path} was trained with clusters from {expected}, not {clusters.Info.TrainingData}");
        }
        if (featureVersion is not null && info.Properties.GetValueOrDefault("features") != featureVersion)
        {
            throw new InvalidDataException($"{path} was trained with {model} features version {info.Properties.GetValueOrDefault("features") ?? "?"}; this Corroborate has {featureVersion} (retrain: {train})");
        }
    }

    /// <exception cref="InvalidDataException">The file is not a model of this format version or kind.</exception>
    public static (ModelInfo Info, IReadOnlyList<PerceptronModel> Models) Read(string path, string expectedKind)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16), Encoding.UTF8);
            if (reader.ReadUInt32() != Magic)
            {
                throw new InvalidDataException($"{path} is not a Corroborate model");
            }
            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"{path} has model format {version}; this Corroborate reads {FormatVersion}");
            }
            var kind = reader.ReadString();
            if (kind != expectedKind)
            {
                throw new InvalidDataException($"{path} is a {kind} model, not a {expectedKind} model");
            }
            var trainingData = reader.ReadString();
            var attribution = reader.ReadString();
            var labels = new string[reader.ReadInt32()];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = reader.ReadString();
            }
            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                properties[reader.ReadString()] = reader.ReadString();
            }
            var models = new PerceptronModel[reader.ReadInt32()];
            for (var m = 0; m < models.Length; m++)
            {
                models[m] = ReadModel(reader, path);
            }
            return (new ModelInfo(kind, labels, trainingData, attribution, properties), models);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path} is truncated", e);
        }
    }

    // Entries are written in the order of their feature hashes, so they are read straight into the flat
    // arrays the model is built from: a model of millions of features loads without a dictionary or a sort.
    private static PerceptronModel ReadModel(BinaryReader reader, string path)
    {
        var labelCount = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (count < 0 || labelCount is <= 0 or > 256)
        {
            throw new InvalidDataException($"{path} has a weight table of {count} features and {labelCount} labels");
        }
        var features = new ulong[count];
        var starts = new int[count + 1];
        var ids = new List<byte>(count * 2);
        var weights = new List<float>(count * 2);
        var previous = 0UL;
        for (var f = 0; f < count; f++)
        {
            var feature = reader.ReadUInt64();
            if (f > 0 && feature <= previous)
            {
                throw new InvalidDataException($"{path} has its features out of order");
            }
            previous = feature;
            features[f] = feature;
            starts[f] = ids.Count;
            var n = reader.ReadByte();
            for (var i = 0; i < n; i++)
            {
                ids.Add(reader.ReadByte());
                weights.Add((float)reader.ReadHalf());
            }
        }
        starts[count] = ids.Count;
        return new PerceptronModel(labelCount, (features, starts, [.. ids], [.. weights]));
    }
}
