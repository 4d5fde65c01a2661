namespace Corroborate.Documents;

/// <summary>A news outlet: the name it goes by and, when known, its web domain (without <c>www.</c>).</summary>
public sealed record Outlet(string Name, string? Domain = null)
{
    public override string ToString() => Domain is null ? Name : $"{Name} ({Domain})";
}
