using System.Text.Json;
using Corroborate.Ingest;

namespace Corroborate.Cli.Output;

internal static class ProblemJson
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<InputProblem> problems)
    {
        json.WriteStartArray("problems");
        foreach (var p in problems)
        {
            json.WriteStartObject();
            json.WriteString("file", p.File);
            json.WriteString("location", p.Location);
            json.WriteString("severity", p.Severity.ToString().ToLowerInvariant());
            json.WriteString("reason", p.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
