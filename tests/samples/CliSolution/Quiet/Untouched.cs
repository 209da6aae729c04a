namespace Quiet;
public class Untouched { public int   Value { get; set; } }
