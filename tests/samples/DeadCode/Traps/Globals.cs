// Needed only by the code the PoolGenerator writes.
global using System.Buffers;
global using System.Text;
