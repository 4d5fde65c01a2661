using System.IO.Enumeration;
using Corroborate.Ingest.Compression;

namespace Corroborate.Ingest;

/// <summary>One input found by <see cref="InputCollector"/>: readable with a detected format, or a problem.</summary>
internal sealed record CollectedInput(string Name, InputFile? Input, InputFormat Format, InputProblem? Failure)
{
    public bool IsReadable => Input is not null;

    public InputFile File => Input ?? throw new InvalidOperationException($"{Name} is not readable");

    public InputProblem Problem => Failure ?? throw new InvalidOperationException($"{Name} has no problem");

    public static CollectedInput Readable(InputFile input, InputFormat format) => new(input.Name, input, format, null);

    public static CollectedInput Unreadable(string name, string reason, ProblemSeverity severity = ProblemSeverity.Error) =>
        new(name, null, InputFormat.Text, new InputProblem(name, null, reason, severity));
}

/// <summary>
/// Expands the paths a user gave into inputs: files as they are, directories recursively (in ordinal
/// order, news-input files only), <c>-</c> as standard input; gzip is recognised by its magic number
/// and decompressed with limits; each input's format is detected from its first bytes.
/// </summary>
/// <remarks>
/// A file named explicitly is always read, whatever its name. In a directory, files with a news-input
/// extension (or none) are read and the rest skipped, so a README, a licence or a script beside the
/// articles is not taken for one; hidden files and folders are skipped too.
/// </remarks>
internal static class InputCollector
{
    private static readonly HashSet<string> NewsExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "", ".txt", ".text", ".htm", ".html", ".xhtml", ".shtml", ".xml", ".rss", ".atom", ".rdf", ".json", ".jsonl",
        ".ndjson", ".jsonlines", ".warc", ".gz",
    };

    private static readonly HashSet<string> DocumentationNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS", "CHANGELOG", "SOURCE", "MANIFEST",
    };

    public static IEnumerable<CollectedInput> Collect(IEnumerable<string> paths, InputLimits limits, Stream? stdin)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var input in FromStandardInput(stdin ?? Console.OpenStandardInput(), limits))
                {
                    yield return input;
                }
            }
            else if (Directory.Exists(path))
            {
                var any = false;
                foreach (var file in FilesUnder(path))
                {
                    any = true;
                    yield return Open(file, file, limits);
                }
                if (!any)
                {
                    yield return CollectedInput.Unreadable(path, "no news inputs in this directory", ProblemSeverity.Warning);
                }
            }
            else if (System.IO.File.Exists(path))
            {
                yield return Open(path, path, limits);
            }
            else
            {
                yield return CollectedInput.Unreadable(path, "no such file or directory");
            }
        }
    }

    /// <summary>Files below <paramref name="directory"/>; symbolic links to files are read, links to
    /// directories are not followed (they can form loops).</summary>
    private static IEnumerable<string> FilesUnder(string directory)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var files = new FileSystemEnumerable<string>(directory, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return files.Where(IsNewsInput).Order(StringComparer.Ordinal);
    }

    private static bool IsNewsInput(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || DocumentationNames.Contains(Path.GetFileNameWithoutExtension(name)))
        {
            return false;
        }
        var extension = Path.GetExtension(name);
        return NewsExtensions.Contains(extension) || extension.Length > 6; // a long "extension" is part of a name, not a type
    }

    /// <summary>Standard input can be read only once, so it is spooled to a temporary file (bounded) first.</summary>
    private static IEnumerable<CollectedInput> FromStandardInput(Stream stdin, InputLimits limits)
    {
        var (spool, failure) = Spool(stdin, limits);
        if (spool is null)
        {
            yield return CollectedInput.Unreadable("-", failure!);
            yield break;
        }
        try
        {
            yield return Open(spool, "-", limits);
        }
        finally
        {
            System.IO.File.Delete(spool);
        }
    }

    private static (string? Path, string? Failure) Spool(Stream stdin, InputLimits limits)
    {
        var spool = Path.Combine(Path.GetTempPath(), $"corroborate-stdin-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (var file = new FileStream(spool, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920))
            {
                var buffer = new byte[81920];
                long total = 0;
                int n;
                while ((n = stdin.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += n;
                    if (total > limits.MaxDecompressedBytes)
                    {
                        file.Close();
                        System.IO.File.Delete(spool);
                        return (null, $"standard input is larger than the {limits.MaxDecompressedBytes >> 20:N0} MiB limit");
                    }
                    file.Write(buffer, 0, n);
                }
            }
            return (spool, null);
        }
        catch (IOException e)
        {
            System.IO.File.Delete(spool);
            return (null, $"cannot read standard input: {e.Message}");
        }
    }

    /// <summary>Opens <paramref name="path"/>, under the display <paramref name="name"/>, and detects its format.</summary>
    private static CollectedInput Open(string path, string name, InputLimits limits)
    {
        try
        {
            var head = new byte[FormatDetector.HeadBytes];
            int length;
            bool gzip;
            using (var raw = System.IO.File.OpenRead(path))
            {
                length = raw.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                gzip = GzipInput.IsGzip(head.AsSpan(0, length));
            }
            Func<Stream> open = gzip
                ? () => GzipInput.Decompress(System.IO.File.OpenRead(path), limits)
                : () => System.IO.File.OpenRead(path);
            if (gzip)
            {
                using var decompressed = open();
                length = decompressed.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                if (length == 0)
                {
                    return CollectedInput.Unreadable(name, "empty after gzip decompression");
                }
            }
            var format = FormatDetector.Detect(head.AsSpan(0, length));
            return CollectedInput.Readable(new InputFile(name, open, limits), format);
        }
        catch (InputFormatException e)
        {
            return CollectedInput.Unreadable(name, e.Message);
        }
        catch (UnauthorizedAccessException)
        {
            return CollectedInput.Unreadable(name, "permission denied");
        }
        catch (IOException e)
        {
            return CollectedInput.Unreadable(name, $"read failed: {e.Message}");
        }
    }
}
