// Copyright (c) Groundwork samples.
// A header of comments, #nullable and #pragma lines stays on top.
#nullable enable
#pragma warning disable CS1591
// about Zeta: the first using's comments belong to the header
using Zeta;
using System.IO;

// about Alpha
using Alpha;

namespace Samples.Usings.Header;

public class Header{}
