namespace Groundwork.Engine.Stages;

public enum StageMode
{
    Off,

    /// <summary>Report what the stage would change; write nothing.</summary>
    Check,

    /// <summary>Rewrite the files.</summary>
    Fix,
}
