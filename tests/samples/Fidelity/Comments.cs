// -----------------------------------------------------------------------
// Fidelity sample: comments in every place a comment can go.
// -----------------------------------------------------------------------
using System.Collections.Generic; // lists
using System; /* the basics */
using System.Linq;

namespace Fidelity.Comments /* namespace comment */
{
    /// <summary>
    /// A scheduler with <see cref="Job"/> entries.
    /// </summary>
    /// <remarks>
    /// <code>
    ///   var s = new Scheduler();
    /// </code>
    /// </remarks>
    [Serializable] // after an attribute
    // between attributes
    [Obsolete("old")] /* block between attributes */ [System.Diagnostics.DebuggerDisplay("{Count}")]
    public /* after public */ sealed /* after sealed */ class Scheduler // after the class name
    {
        private readonly List<Job> _jobs = new(); // trailing

        /* a block comment
           over several lines
             with odd indentation */
        public int Count => _jobs.Count;

        public void Add(
            Job job, // the job
            /* inline before */ int priority = 0 /* inline after */,
            // a whole-line comment among the parameters
            bool replace = false
        )
        {
            if (replace) _jobs.RemoveAll(j => j.Name == job.Name /* same name */);
            _jobs.Insert(Math.Min(priority, _jobs.Count), job); // clamp
        }

        public IEnumerable<Job> Due(DateTime now) =>
            _jobs // all jobs
                .Where(j => j.NextRun <= now) // due ones
                // sorted
                .OrderBy(j => j.NextRun)
                /* then by name */ .ThenBy(j => j.Name);

        public static int Compute(int a, int b) => Math.Max(/* first */ a, /* second */ b) /* result */;

        public void Run()
        {
            // leading comment in a block
            foreach (var job in _jobs) /* after foreach header */
            {
                job.Execute(); // run it
            }

            var total = _jobs.Sum(j => j.Runs) /* runs */ + /* plus */ 1;
            int[] values = [ 1, /* two */ 2, 3 // three
            ];
            Console.WriteLine(total + values.Length); //no space after slashes
            //commented out: Console.WriteLine("debug");
            ///  a triple slash that is not a doc comment here
            Helper(
                // only a comment before the first argument
                1,
                2 // after the last argument
            );
            /**/
            /***/
            // trailing comment at the end of a block
        }

        private static void Helper(int a, int b) { /* empty body with a comment */ }

        private static void Empty()
        {
            // only a comment
        }

        public bool Check(int x) => x switch
        {
            // before the first arm
            0 => false, // zero
            /* one */ 1 => true,
            _ /* anything */ => x > 1, // rest
            // after the last arm
        };
    }

    public record Job(string Name, DateTime NextRun) // positional record
    {
        public int Runs { get; private set; } /* counter */
        public void Execute() => Runs++; // increments

        // enum inside with comments on members
        public enum State
        {
            Idle, // waiting
            /* running */ Running,
            Done // finished
            , Failed
        }
    }

    public interface IHook
    {
        void Before(); // called first
        // a comment between members
        void After(); /* called last */
    }
} // end of namespace
// a comment at the very end of the file
/* and a block comment after it */
