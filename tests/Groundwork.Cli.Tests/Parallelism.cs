// Most of this suite's time is tool processes (each evaluates and builds a copy of a sample in a folder of its
// own) and one process keeps about one core busy: two fixtures at a time use the second core. The tests of one
// fixture still run one after the other, and the fixtures that kill the tool, install the packages or read the
// README's commands are [NonParallelizable]: they run alone.
[assembly: NUnit.Framework.Parallelizable(NUnit.Framework.ParallelScope.Fixtures)]
[assembly: NUnit.Framework.LevelOfParallelism(2)]
