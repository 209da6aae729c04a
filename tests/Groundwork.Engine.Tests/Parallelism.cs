// The engine's tests run in this process, and the longest of them (a 10 MB file fixed in one piece) takes
// about as long as all the others together: two fixtures at a time keep both cores busy. The fixtures that
// compare with the CSharpier command line run alone ([NonParallelizable]).
[assembly: NUnit.Framework.Parallelizable(NUnit.Framework.ParallelScope.Fixtures)]
[assembly: NUnit.Framework.LevelOfParallelism(2)]
