namespace Styled
{
    /// <summary>
    /// Nothing.
    /// </summary>
    public sealed class Empty
    {
    }
}
