namespace UsingsSample.Models;

public record Shape(double Size);
