using System.Globalization;
using System.Collections.Generic;
using System;
using System.Diagnostics.CodeAnalysis;

namespace Fidelity.Calc
{
    public enum TokenKind : byte { Number, Identifier, Plus, Minus, Star, Slash, Caret, LeftParen, RightParen, Comma, End }

    [DebuggerDisplay("{Kind} {Text}")]
    public readonly record struct Token(TokenKind Kind, string Text, int Position);

    public ref struct Lexer(ReadOnlySpan<char> source)
    {
        private readonly ReadOnlySpan<char> _source = source;
        private int _position;

        public Token Next()
        {
            while (_position < _source.Length && char.IsWhiteSpace(_source[_position])) _position++;
            if (_position >= _source.Length) return new(TokenKind.End, "", _position);

            var start = _position;
            var c = _source[_position];
            switch (c)
            {
                case '+': _position++; return new(TokenKind.Plus, "+", start);
                case '-': _position++; return new(TokenKind.Minus, "-", start);
                case '*': _position++; return new(TokenKind.Star, "*", start);
                case '/': _position++; return new(TokenKind.Slash, "/", start);
                case '^': _position++; return new(TokenKind.Caret, "^", start);
                case '(': _position++; return new(TokenKind.LeftParen, "(", start);
                case ')': _position++; return new(TokenKind.RightParen, ")", start);
                case ',': _position++; return new(TokenKind.Comma, ",", start);
                case >= '0' and <= '9' or '.':
                    while (_position < _source.Length && (char.IsAsciiDigit(_source[_position]) || _source[_position] is '.' or 'e' or 'E'))
                    {
                        if (_source[_position] is 'e' or 'E' && _position + 1 < _source.Length && _source[_position + 1] is '+' or '-') _position++;
                        _position++;
                    }
                    return new(TokenKind.Number, _source[start.._position].ToString(), start);
                case var letter when char.IsLetter(letter) || letter == '_':
                    while (_position < _source.Length && (char.IsLetterOrDigit(_source[_position]) || _source[_position] == '_')) _position++;
                    return new(TokenKind.Identifier, _source[start.._position].ToString(), start);
                default:
                    throw new FormatException($"unexpected '{c}' at {start}");
            }
        }
    }

    public abstract record Expr
    {
        public sealed record Number(double Value) : Expr;
        public sealed record Variable(string Name) : Expr;
        public sealed record Unary(char Operator, Expr Operand) : Expr;
        public sealed record Binary(char Operator, Expr Left, Expr Right) : Expr;
        public sealed record Call(string Function, IReadOnlyList<Expr> Arguments) : Expr;

        public override string ToString() => this switch
        {
            Number n => n.Value.ToString(CultureInfo.InvariantCulture),
            Variable v => v.Name,
            Unary u => $"({u.Operator}{u.Operand})",
            Binary b => $"({b.Left} {b.Operator} {b.Right})",
            Call c => $"{c.Function}({string.Join(", ", c.Arguments)})",
            _ => "?"
        };
    }

    public sealed class Parser
    {
        private readonly List<Token> _tokens = [];
        private int _index;

        public Parser(string text)
        {
            var lexer = new Lexer(text);
            Token token;
            do { token = lexer.Next(); _tokens.Add(token); } while (token.Kind != TokenKind.End);
        }

        private Token Current => _tokens[_index];

        private static int Precedence(TokenKind kind) => kind switch
        {
            TokenKind.Plus or TokenKind.Minus => 1,
            TokenKind.Star or TokenKind.Slash => 2,
            TokenKind.Caret => 3,
            _ => 0,
        };

        public Expr Parse()
        {
            var expr = ParseBinary(0);
            if (Current.Kind != TokenKind.End) throw Error("end of input");
            return expr;
        }

        private Expr ParseBinary(int minimum)
        {
            var left = ParseUnary();
            while (Precedence(Current.Kind) is var precedence && precedence > minimum)
            {
                var op = _tokens[_index++];
                // ^ is right-associative: parse its right side at one level lower.
                var right = ParseBinary(op.Kind == TokenKind.Caret ? precedence - 1 : precedence);
                left = new Expr.Binary(op.Text[0], left, right);
            }
            return left;
        }

        private Expr ParseUnary() => Current.Kind switch
        {
            TokenKind.Minus or TokenKind.Plus => new Expr.Unary(_tokens[_index++].Text[0], ParseUnary()),
            _ => ParsePrimary(),
        };

        private Expr ParsePrimary()
        {
            var token = _tokens[_index++];
            switch (token.Kind)
            {
                case TokenKind.Number when double.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value):
                    return new Expr.Number(value);
                case TokenKind.Number:
                    throw Error("a number", token);
                case TokenKind.Identifier when Current.Kind == TokenKind.LeftParen:
                    _index++;
                    var arguments = new List<Expr>();
                    if (Current.Kind != TokenKind.RightParen)
                    {
                        do { arguments.Add(ParseBinary(0)); } while (Current.Kind == TokenKind.Comma && ++_index > 0);
                    }
                    Expect(TokenKind.RightParen);
                    return new Expr.Call(token.Text, arguments);
                case TokenKind.Identifier:
                    return new Expr.Variable(token.Text);
                case TokenKind.LeftParen:
                    var inner = ParseBinary(0);
                    Expect(TokenKind.RightParen);
                    return inner;
                default:
                    throw Error("an operand", token);
            }
        }

        private void Expect(TokenKind kind)
        {
            if (Current.Kind != kind) throw Error(kind.ToString());
            _index++;
        }

        private FormatException Error(string expected, Token? at = null)
        {
            var token = at ?? Current;
            return new FormatException($"expected {expected} at {token.Position}, found {token.Kind} '{token.Text}'");
        }
    }

    public static class Evaluator
    {
        private static readonly Dictionary<string, Func<double[], double>> Functions = new(StringComparer.OrdinalIgnoreCase)
        {
            ["sqrt"] = a => Math.Sqrt(a[0]),
            ["min"] = a => a.Length == 0 ? double.NaN : Min(a),
            ["max"] = static a => { var m = double.MinValue; foreach (var x in a) m = Math.Max(m, x); return m; },
            ["hypot"] = a => a is [var x, var y] ? Math.Sqrt(x * x + y * y) : throw new ArgumentException("hypot takes two arguments"),
        };

        private static double Min(double[] values) { var m = double.MaxValue; foreach (var v in values) if (v < m) m = v; return m; }

        public static double Evaluate(Expr expr, IReadOnlyDictionary<string, double> variables) => expr switch
        {
            Expr.Number(var value) => value,
            Expr.Variable(var name) when variables.TryGetValue(name, out var value) => value,
            Expr.Variable(var name) => throw new KeyNotFoundException($"unknown variable '{name}'"),
            Expr.Unary('-', var operand) => -Evaluate(operand, variables),
            Expr.Unary(_, var operand) => Evaluate(operand, variables),
            Expr.Binary(var op, var left, var right) => (op, Evaluate(left, variables), Evaluate(right, variables)) switch
            {
                ('+', var l, var r) => l + r,
                ('-', var l, var r) => l - r,
                ('*', var l, var r) => l * r,
                ('/', _, 0d) => double.NaN,
                ('/', var l, var r) => l / r,
                ('^', var l, var r) => Math.Pow(l, r),
                _ => throw new NotSupportedException(op.ToString())
            },
            Expr.Call(var function, var arguments) when Functions.TryGetValue(function, out var f) =>
                f([.. System.Linq.Enumerable.Select(arguments, a => Evaluate(a, variables))]),
            Expr.Call call => throw new MissingMethodException(call.Function),
            _ => throw new UnreachableException()
        };

        public static bool TryEvaluate(string text, [NotNullWhen(true)] out string? result)
        {
            try
            {
                result = Evaluate(new Parser(text).Parse(), new Dictionary<string, double> { ["pi"] = Math.PI, ["e"] = Math.E }).ToString("G17", CultureInfo.InvariantCulture);
                return true;
            }
            catch (Exception ex) when (ex is FormatException or KeyNotFoundException or MissingMethodException)
            {
                result = null;
                return false;
            }
        }
    }

    internal sealed class DebuggerDisplayAttribute(string value) : Attribute { public string Value => value; }
    internal sealed class UnreachableException : Exception;
}
