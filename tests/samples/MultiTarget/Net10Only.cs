namespace MultiTarget;
public static class Net10Only { public static int Answer() { return 42; } }
