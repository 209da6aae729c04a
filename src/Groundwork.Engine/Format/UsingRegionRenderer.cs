using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Format;

/// <summary>
/// Lays out a <see cref="UsingRegion"/> the way CSharpier lays out the code around it, but in the original
/// order: directives as CSharpier prints them, comments re-indented with trailing spaces trimmed, <c>#if</c>-style
/// directives at column 0 and <c>#region</c> indented, runs of blank lines kept as one (the grouping is the
/// Usings stage's business), and no blank lines at the start or the end of the block.
/// </summary>
public sealed class UsingRegionRenderer(DirectiveTexts directiveTexts)
{
    public string Render(UsingRegion region, string sourceText, string indent, string endOfLine)
    {
        if (HasIgnoreMarker(region))
            return sourceText.Substring(region.Span.Start, region.Span.Length).TrimEnd('\r', '\n');

        var lines = new Lines(indent);
        foreach (var piece in region.Pieces)
        {
            switch (piece)
            {
                case SyntaxNode directive:
                    lines.AppendDirective(directiveTexts.For(directive));
                    break;
                case SyntaxTrivia trivia:
                    RenderTrivia(trivia, lines);
                    break;
            }
        }
        return lines.ToString(endOfLine);
    }

    private void RenderTrivia(SyntaxTrivia trivia, Lines lines)
    {
        switch (trivia.Kind())
        {
            case SyntaxKind.WhitespaceTrivia:
                return;
            case SyntaxKind.EndOfLineTrivia:
                lines.EndLine();
                return;
            case SyntaxKind.DisabledTextTrivia:
                foreach (var line in SplitLines(trivia.ToFullString()))
                {
                    var trimmed = line.Trim();
                    if (trimmed.Length > 0)
                        lines.Append(directiveTexts.ForDisabledLine(trimmed));
                    lines.EndLine();
                }
                return;
        }

        if (trivia.IsDirective)
        {
            var text = TrimLines(trivia.ToFullString()).Trim();
            var indented =
                trivia.Kind()
                is SyntaxKind.RegionDirectiveTrivia
                    or SyntaxKind.EndRegionDirectiveTrivia;
            lines.AppendWholeLine(text, indented);
            return;
        }

        // Comments, including documentation comments, which may carry their own line break.
        var comment = TrimLines(trivia.ToFullString());
        var endsLine = comment.EndsWith('\n');
        lines.Append(comment.TrimEnd());
        if (endsLine)
            lines.EndLine();
    }

    private static bool HasIgnoreMarker(UsingRegion region) =>
        region
            .Pieces.OfType<SyntaxTrivia>()
            .Any(t => t.ToFullString().Contains("csharpier-ignore", StringComparison.Ordinal));

    private static IEnumerable<string> SplitLines(string text) =>
        text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');

    private static string TrimLines(string text)
    {
        var endsWithNewLine = text.EndsWith('\n');
        var trimmed = string.Join("\n", SplitLines(text).Select(l => l.TrimEnd()));
        return endsWithNewLine ? trimmed + "\n" : trimmed;
    }

    private sealed class Lines(string indent)
    {
        private readonly List<string> _lines = [];
        private readonly StringBuilder _current = new();
        private bool _pendingBlank;
        private bool _currentHasDirective;

        /// <summary>
        /// A directive starts a line of its own when the current one already holds a directive: CSharpier
        /// writes <c>using A; using B;</c> as two lines (a comment in front of a directive stays in front).
        /// </summary>
        public void AppendDirective(string text)
        {
            if (_currentHasDirective)
                EndLine();
            Append(text);
            _currentHasDirective = true;
        }

        public void Append(string text)
        {
            if (_current.Length == 0)
            {
                StartLine();
                _current.Append(indent);
            }
            else
            {
                _current.Append(' ');
            }
            _current.Append(text);
        }

        public void AppendWholeLine(string text, bool indented)
        {
            if (_current.Length > 0)
                EndLine();
            StartLine();
            _lines.Add((indented ? indent : "") + text);
        }

        public void EndLine()
        {
            _currentHasDirective = false;
            if (_current.Length > 0)
            {
                _lines.Add(_current.ToString());
                _current.Clear();
            }
            else
            {
                _pendingBlank = true;
            }
        }

        private void StartLine()
        {
            if (_pendingBlank && _lines.Count > 0)
                _lines.Add("");
            _pendingBlank = false;
        }

        public string ToString(string endOfLine)
        {
            if (_current.Length > 0)
                EndLine();
            return string.Join(endOfLine, _lines.Select(l => l.Replace("\n", endOfLine)));
        }
    }
}
