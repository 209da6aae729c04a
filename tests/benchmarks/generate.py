#!/usr/bin/env python3
"""Writes the benchmark's generated solution: several projects of realistic, messy C# files that compile.

    generate.py OUTPUT_FOLDER --files N [--projects P] [--seed S] [--package-version V]

Everything comes from one seeded random generator, so the same arguments always give the same bytes.
The files mix the C# people write (records, generics, LINQ, async, pattern matching, switch expressions,
local functions, tuples, interpolated and verbatim strings, attributes, XML comments, #if and #region),
laid out badly (odd and mixed indentation, braces on the wrong line, blank-line runs, trailing spaces,
long lines), with usings out of order and some that nothing needs. Every file compiles, so that the
DeadCode stage, IDE0005 and CoreCompile have real work to do.
"""

import argparse
import os
import random

# What a snippet needs: the namespaces it uses. The unused ones are never needed by any snippet.
UNUSED = [
    "System.Net",
    "System.Text.RegularExpressions",
    "System.Globalization",
    "System.Diagnostics",
    "System.Collections.Concurrent",
    "System.Reflection",
    "System.Buffers",
    "System.Numerics",
]

HEADER_COMMENTS = [
    "// Copyright (c) Bench contributors. All rights reserved.\n",
    "/*\n * Generated for the Groundwork benchmark.\n *   Licensed under the MIT licence.\n */\n",
    "",
    "// <summary>Part of the benchmark.</summary>\n",
]


def snippet_fields(r, i):
    return (
        ["System.Collections.Generic"],
        f"""private readonly Dictionary<string, List<int>> _values = new();
private   int _count;  // how many values
private static readonly string[] Names = {{ "alpha", "beta","gamma" , "delta{i}" }};
""",
    )


def snippet_properties(r, i):
    return (
        [],
        f"""/// <summary>The number of things seen so far.</summary>
public int Count {{ get => _count; set {{ if (value < 0) throw new System.ArgumentOutOfRangeException(nameof(value)); _count = value; }} }}
public string? Label {{ get; init; }}
public bool IsEmpty=>_count==0;
""",
    )


def snippet_linq(r, i):
    return (
        ["System.Collections.Generic", "System.Linq"],
        f"""public int Sum(IEnumerable<int> numbers) => numbers.Where(n => n % {r.randint(2, 9)} != 0).Select(n => n * {i % 97 + 1}).Sum();

public IEnumerable<string> Query(string[] words) =>
    from word in words
    where word.Length > {i % 7}
    orderby word descending, word.Length
    select word.ToUpperInvariant();

public Dictionary<int,List<string>> Group(IEnumerable<string> items) => items.GroupBy(s => s.Length).ToDictionary(g => g.Key, g => g.OrderBy(x => x).ThenByDescending(x => x.Length).ToList());
""",
    )


def snippet_builder(r, i):
    return (
        ["System.Text", "System.Collections.Generic", "System.Linq"],
        f"""public string Describe()
{{
    var builder = new StringBuilder("Item{i}");
    foreach (var (key, list) in _values)
        builder.Append(key).Append('=').Append(string.Join(",", list.OrderBy(x => x)));
    if (builder.Length > 80) {{ builder.Length = 80; }}
    else
    {{
          builder.Append(  "..." );
    }}
    return builder.ToString();
}}
""",
    )


def snippet_async(r, i):
    return (
        ["System.Threading.Tasks", "System"],
        f"""public async Task<int> LoadAsync(int delay)
{{
    await Task.Yield();
    try {{
        var results = await Task.WhenAll(Task.FromResult(delay), Task.FromResult({i}));
        return results[0] + results[1];
    }}
    catch (InvalidOperationException e) when (e.Message.Length > 3)
    {{
        return -1;
    }}
    finally
    {{
        _count++;
    }}
}}
""",
    )


def snippet_switch(r, i):
    return (
        ["System"],
        f"""public static string Classify(object? value) => value switch
{{
    null => "nothing",
    int n when n < 0 => "negative",
    int n => n > {i} ? "big" : "small",
    string {{ Length: 0 }} => "empty string",
    string s => $"string of {{s.Length}} characters: {{s,10}}",
    DateTime d => d.ToString("yyyy-MM-dd"),
    _ => value.GetType().Name,
}};
""",
    )


def snippet_pattern(r, i):
    return (
        ["System"],
        f"""public static bool Matches(object o)
{{
    if (o is int and > 10 and < {100 + i}) return true;
    if (o is string text && !string.IsNullOrWhiteSpace(text)) {{ return text.StartsWith("x", StringComparison.Ordinal); }}
    return o is int[] {{ Length: > 2 }} array && array[0] == array[1];
}}
""",
    )


def snippet_local_functions(r, i):
    return (
        [],
        f"""public int Fibonacci(int n)
{{
    return Inner(n, 0, 1);

    static int Inner(int k, int a, int b) => k == 0 ? a : Inner(k - 1, b, a + b);
}}

public (int Min, int Max) Range(int[] values)
{{
    int min = int.MaxValue, max = int.MinValue;
    for (var index = 0; index < values.Length; index++) {{ var v = values[index]; if (v < min) min = v; if (v > max) max = v; }}
    return (min, max);
}}
""",
    )


def snippet_strings(r, i):
    return (
        ["System.IO"],
        f"""public string PathOf(string name) => Path.Combine(@"C:\\temp\\bench{i}", name + ".txt");

public const string Long = "a fairly long constant string that goes on " + "and on so that the line is longer than the print width of one hundred characters";
""",
    )


def snippet_directives(r, i):
    return (
        ["System"],
        f"""#if DEBUG
public static readonly bool Debugging = true;
#else
public static readonly bool Debugging = false;
#endif

#region Helpers
public static int Clamp(int value) =>
#if NET8_0_OR_GREATER
    Math.Clamp(value, 0, {i});
#else
    value < 0 ? 0 : value > {i} ? {i} : value;
#endif
#endregion
""",
    )


def snippet_generic(r, i):
    return (
        ["System", "System.Collections.Generic"],
        f"""public static T FirstOr<T>(IReadOnlyList<T> items, T fallback) where T : notnull => items.Count > 0 ? items[0] : fallback;

public static IEnumerable<TResult> Map<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector)
{{
    foreach (var item in source) yield return selector(item);
}}
""",
    )


def snippet_lambda(r, i):
    return (
        ["System", "System.Linq", "System.Collections.Generic"],
        f"""public Func<int, int> Adder(int k) => x => x + k + {i};

public void Run(Action<string> log)
{{
    var handlers = new List<Action>{{ () => log("one"), () => {{ log("two"); log("three"); }} }};
    handlers.ForEach(h => h());
    var total = Enumerable.Range(0, 10).Aggregate(0, (acc, next) => acc + next * next);
    log($"total {{total}}");
}}
""",
    )


def snippet_core_call(r, i):
    return (
        ["Bench.Core"],
        f"""public int UseCore() => Shared.Twice({i}) + new Counter().Next();
""",
    )


SNIPPETS = [
    snippet_properties,
    snippet_linq,
    snippet_builder,
    snippet_async,
    snippet_switch,
    snippet_pattern,
    snippet_local_functions,
    snippet_strings,
    snippet_directives,
    snippet_generic,
    snippet_lambda,
]


def record_type(r, i):
    return (
        ["System"],
        f"""/// <summary>A value of file {i}.</summary>
public sealed record Point{i}(int X, int Y)
{{
    public double Length => Math.Sqrt(X * X + Y * Y);
    public Point{i} With(int dx) => this with {{ X = X + dx }};
}}

public readonly record struct Pair{i}(string Key, int Value);

internal enum Kind{i} {{ None, First = 1, Second, Third = 10 }}

public interface IShape{i} {{ double Area {{ get; }} string Name => GetType().Name; }}
""",
    )


def indent(text, level):
    pad = "    " * level
    return "".join(pad + line if line.strip() and not line.lstrip().startswith("#") else line
                   for line in text.splitlines(keepends=True))


def mess(r, text):
    """Makes the layout bad in ways that never change the meaning."""
    out = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            out.append(stripped if r.random() < 0.7 else "  " + stripped)
            continue
        if stripped == "{" and out and "//" not in out[-1] and not out[-1].lstrip().startswith("#") \
                and out[-1].strip() and r.random() < 0.3:
            out[-1] = out[-1].rstrip() + " {"
            continue
        if stripped:
            roll = r.random()
            if roll < 0.1:
                line = "\t" + line.lstrip(" ")
            elif roll < 0.2:
                line = " " * r.randint(0, 13) + stripped
            if r.random() < 0.1:
                line += " " * r.randint(1, 4)
        out.append(line)
        if r.random() < 0.05:
            out.extend([""] * r.randint(1, 3))
    return "\n".join(out) + "\n"


def source_file(r, project, i, block_namespace=False):
    needed = set()
    members = []
    _, text = snippet_fields(r, i)
    members.append(text)
    needed.add("System.Collections.Generic")
    for snippet in r.sample(SNIPPETS, r.randint(3, 7)):
        uses, text = snippet(r, i)
        needed.update(uses)
        members.append(text)
    if project != "Core":
        uses, text = snippet_core_call(r, i)
        needed.update(uses)
        members.append(text)
    usings = sorted(needed)
    unused = r.sample(UNUSED, r.choice([0, 0, 1, 1, 2])) if r.random() < 0.6 else []
    usings += unused
    r.shuffle(usings)
    using_lines = [f"using {u};" for u in usings]
    if r.random() < 0.2:
        using_lines.append(f"using Alias{i} = System.Collections.Generic.List<int>;")
        members.append(f"public Alias{i} Numbers {{ get; }} = new();\n")
    namespace = f"Bench.{project}.Area{i % 13}"
    body = "\n".join(members)
    kind = r.choice(["public sealed class", "public partial class", "internal class", "public class"])
    type_text = f"/// <summary>Generated type {i}: see <see cref=\"Item{i}\"/>.</summary>\n"
    type_text += f"[System.Serializable]\n{kind} Item{i}\n{{\n{indent(body, 1)}}}\n"
    extra_uses, extra = record_type(r, i)
    usings_needed = set(extra_uses) - set(usings)
    using_lines += [f"using {u};" for u in sorted(usings_needed)]
    file_scoped = r.random() < 0.5 and not block_namespace
    if file_scoped:
        code = f"namespace {namespace};\n\n{type_text}\n{extra}"
    else:
        code = f"namespace {namespace}\n{{\n{indent(type_text, 1)}\n{indent(extra, 1)}}}\n"
    header = r.choice(HEADER_COMMENTS)
    return header + "\n".join(using_lines) + "\n\n" + mess(r, code)


def large_file(seed, lines):
    """One file of about `lines` lines: the generated types one after another, each in its own namespace block,
    with all their using directives at the top (a generated or hand-grown file of the kind real code bases keep)."""
    r = random.Random(seed)
    usings, bodies, count, i = set(), [], 0, 0
    while count < lines:
        text = source_file(r, "Large", 100000 + i, block_namespace=True)
        i += 1
        body = []
        for line in text.split("\n"):
            if line.startswith("using "):
                usings.add(line.strip())
            else:
                body.append(line)
        bodies.append("\n".join(body).strip("\n"))
        count += len(body)
    return "// One large file of generated types.\n" + "\n".join(sorted(usings)) + "\n\n" + "\n\n".join(bodies) + "\n"


CORE_SHARED = """namespace Bench.Core;

public static class Shared
{
    public static int Twice(int value) => value * 2;
}

public sealed class Counter
{
    private int _next;
    public int Next() => ++_next;
}
"""


def project_file(name, package_version, references):
    refs = "".join(f'    <ProjectReference Include="../{r}/{r}.csproj" />\n' for r in references)
    return f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <NoWarn>$(NoWarn);CS1591;CS1998;CS8321</NoWarn>
    <RootNamespace>Bench.{name}</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Groundwork" Version="{package_version}" PrivateAssets="all" />
{refs}  </ItemGroup>
</Project>
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--projects", type=int, default=5)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--package-version", default="0.1.0")
    parser.add_argument("--large-files", default="", help="line counts, comma-separated: one project of one file each")
    args = parser.parse_args()

    for lines in [int(n) for n in args.large_files.split(",") if n]:
        folder = os.path.join(args.output, f"Large{lines}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"Large{lines}.csproj"), "w", newline="\n") as f:
            f.write(project_file(f"Large{lines}", args.package_version, []))
        with open(os.path.join(folder, f"Large{lines}.cs"), "w", newline="\n") as f:
            f.write(large_file(args.seed + lines, lines))

    r = random.Random(args.seed)
    names = ["Core"] + [f"Feature{p}" for p in range(1, args.projects)]
    per_project = max(1, args.files // len(names))
    for name in names:
        folder = os.path.join(args.output, name)
        os.makedirs(folder, exist_ok=True)
        references = [] if name == "Core" else ["Core"]
        with open(os.path.join(folder, f"{name}.csproj"), "w", newline="\n") as f:
            f.write(project_file(name, args.package_version, references))
        if name == "Core":
            with open(os.path.join(folder, "Shared.cs"), "w", newline="\n") as f:
                f.write(CORE_SHARED)
        for i in range(per_project):
            sub = os.path.join(folder, f"Area{i % 13}")
            os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, f"Item{i}.cs"), "w", newline="\n") as f:
                f.write(source_file(r, name, i))
    with open(os.path.join(args.output, "Bench.slnx"), "w", newline="\n") as f:
        f.write("<Solution>\n")
        for name in names:
            f.write(f'  <Project Path="{name}/{name}.csproj" />\n')
        f.write("</Solution>\n")
    with open(os.path.join(args.output, ".editorconfig"), "w", newline="\n") as f:
        f.write("root = true\n\n[*.cs]\ndotnet_diagnostic.IDE0005.severity = warning\n")


if __name__ == "__main__":
    main()
