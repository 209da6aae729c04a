namespace App;
public static class VendoredParser { public static int Parse( string text ) => text.Length; }
