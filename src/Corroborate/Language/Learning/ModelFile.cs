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
                var labelCount = reader.ReadInt32();
                var features = reader.ReadInt32();
                var table = new Dictionary<ulong, (byte[], float[])>(features);
                for (var f = 0; f < features; f++)
                {
                    var feature = reader.ReadUInt64();
                    var n = reader.ReadByte();
                    var ids = new byte[n];
                    var weights = new float[n];
                    for (var i = 0; i < n; i++)
                    {
                        ids[i] = reader.ReadByte();
                        weights[i] = (float)reader.ReadHalf();
                    }
                    table[feature] = (ids, weights);
                }
                models[m] = new PerceptronModel(labelCount, table);
            }
            return (new ModelInfo(kind, labels, trainingData, attribution, properties), models);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path} is truncated", e);
        }
    }
}
