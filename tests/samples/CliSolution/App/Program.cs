using System;

namespace App
{
    public static class Program
    {
        public static int Main(string[] args) {
            Console.WriteLine( "hello" );
            return 0;
        }
    }
}
