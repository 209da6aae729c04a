// A generated file (by its name): no stage touches it, however it looks.
namespace Messy {   internal static class GeneratedSettings {   public const int   Retries=3; } }
