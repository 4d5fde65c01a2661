namespace Corroborate.Documents;

/// <summary>
/// A piece of the raw text that cleaning removed, the rule that removed it, and the 1-based line
/// of the body where it stood. Kept so that <c>corroborate show --explain</c> can justify every cut.
/// </summary>
public sealed record Removal(string Rule, string Text, int Line);
