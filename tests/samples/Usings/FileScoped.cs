namespace Samples.Usings.FileScoped;

using Zeta;
using System.IO;
using Microsoft.Extensions.Logging;
using System;

public record Scoped(int X);
