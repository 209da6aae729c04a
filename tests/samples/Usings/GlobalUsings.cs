global using Xunit;
global using G = Omega.X;
global using System.Linq;
global using static System.Console;
global using Moq;
global using System;
