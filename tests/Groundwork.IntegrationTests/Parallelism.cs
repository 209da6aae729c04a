// Most of this suite's time is `dotnet build` and CLI processes on copies of the samples, each in a folder of its
// own, and one process keeps about one core busy: two fixtures at a time use a second core while the other test
// assemblies have finished. The tests of one fixture still run one after the other, and the reliability fixtures,
// which kill builds and race processes on purpose, are [NonParallelizable]: they run alone, after the others.
[assembly: NUnit.Framework.Parallelizable(NUnit.Framework.ParallelScope.Fixtures)]
[assembly: NUnit.Framework.LevelOfParallelism(2)]
