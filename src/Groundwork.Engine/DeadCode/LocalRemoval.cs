using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// The removal of unused local variables declared together (one declaration statement, or one pattern or
/// <c>out var</c> designation): the text changes that remove the declaration and every assignment, keeping
/// what their expressions do. Positions are in the text the removal was planned on.
/// </summary>
/// <param name="Locals">Each local's name and the position of its declaration.</param>
/// <param name="Scope">The body of the member that declares them: where an error they cause can show.</param>
public sealed record LocalRemoval(
    string Path,
    IReadOnlyList<(string Name, int Position)> Locals,
    TextSpan Scope,
    IReadOnlyList<TextChange> Changes
) : ITextRemoval
{
    public int Start => Locals[0].Position;

    public string Names => string.Join(", ", Locals.Select(l => l.Name));

    /// <summary>The same removal: the same locals and the same changes (the verdict of another build).</summary>
    public bool SameAs(LocalRemoval other) =>
        Path == other.Path
        && Locals.SequenceEqual(other.Locals)
        && Changes.Count == other.Changes.Count
        && Changes
            .Zip(other.Changes)
            .All(p => p.First.Span == p.Second.Span && p.First.NewText == p.Second.NewText);

    /// <summary>Applies removals of one file to its text (their changes must not overlap).</summary>
    public static string Apply(string text, IEnumerable<LocalRemoval> removals) =>
        SourceText
            .From(text)
            .WithChanges(removals.SelectMany(r => r.Changes).OrderBy(c => c.Span.Start))
            .ToString();

    /// <summary>
    /// Maps a position of the text after <paramref name="changes"/> back to the text before them: positions
    /// inside a change map to its start.
    /// </summary>
    public static int MapBack(int position, IEnumerable<TextChange> changes)
    {
        var delta = 0;
        foreach (var change in changes.OrderBy(c => c.Span.Start))
        {
            var newStart = change.Span.Start + delta;
            var newEnd = newStart + (change.NewText?.Length ?? 0);
            if (position < newStart)
                break;
            if (position < newEnd)
                return change.Span.Start;
            delta += (change.NewText?.Length ?? 0) - change.Span.Length;
        }
        return position - delta;
    }
}
