using System.Text.Json;
using System;

namespace Fidelity.Templates
{
    public static class EmailTemplates
    {
            public const string Plain = """
                Hello,

                your order has shipped.
                """;

        public static string Welcome(string name, int days) => $"""
            Dear {name},
              welcome aboard! Your trial ends in {days} day{(days == 1 ? "" : "s")}.
            Regards
            """;

        public static string Json(string id, decimal amount)
        {
                    return $$"""
                        {
                          "id": "{{id}}",
                          "amount": {{amount:0.00}},
                          "tags": ["a", "b"]
                        }
                        """;
        }

        public static string Quotes = """"
            A raw string containing """ three quotes.
            """";

        public static string OneLine = """He said "hi" and left.""";

        public static string DollarQuad(int n) => $$$$""""
            {{{{n}}}} is inside {{{ three braces }}} and """ quotes
            """";

        public static string Sql(string table, string[] columns) =>
            $"""
            SELECT {string.Join(", ", columns)}
            FROM {table}
            WHERE deleted = 0
              AND tenant = @tenant
            ORDER BY {columns[0]} DESC
            """;

        public static void Print()
        {
            var inner = $$"""
                    {
                      "nested": {{JsonSerializer.Serialize(new { a = 1 })}}
                    }
                    """;
            Console.WriteLine(
                        """
                        first
                          second
                        """ + inner);
            var single = $"""{inner.Length,6:N0} characters""";
            var withHoles = $"""
                {(inner.Length > 10 ? "long" : "short")}: {
                    inner.Trim()
                }
                """;
            Console.WriteLine(single + withHoles);
        }

        public static readonly string[] Snippets =
        [
            """
            one
            """,
            $"""
                two {Plain.Length}
                """,
            """three""",
        ];

        public static string Markdown(string title) => Wrap($"""
                # {title}

                ```csharp
                var x = {title.Length};
                ```
                """);

        public static string Nested(int n) => $"""{ """inner""" } {n,3}""";

        public static void Call() => Console.WriteLine(
            """
              raw in an argument list
            """);

        private static string Wrap(string s) => s;
    }
}
