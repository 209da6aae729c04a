// This table was produced by a script from the carrier price sheets; edit the sheet, not this file.
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System;

namespace Fidelity.Generated
{
    [GeneratedCode("tariff-gen", "2.4.1")]
    internal static partial class TariffTable
    {
        // Zone by two-letter country code.
        public static readonly IReadOnlyDictionary<string, int> Zones = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            { "AI", 7 },
            { "AK", 6 },
            { "AL", 6 },
            { "AM", 2 },
            { "AQ", 6 },
            { "AU", 3 },
            { "BH", 2 },
            { "BN", 5 },
            { "BQ", 5 },
            { "BS", 3 },
            { "BV", 7 },
            { "CA", 6 },
            { "CM", 3 },
            { "CN", 1 },
            { "DG", 4 },
            { "DH", 8 },
            { "DI", 8 },
            { "DY", 8 },
            { "EA", 3 },
            { "EH", 1 },
            { "EM", 6 },
            { "EO", 8 },
            { "ER", 4 },
            { "FA", 6 },
            { "FC", 2 },
            { "FG", 4 },
            { "FO", 1 },
            { "GC", 6 },
            { "GJ", 6 },
            { "GK", 5 },
            { "GN", 4 },
            { "GX", 7 },
            { "GZ", 5 },
            { "HC", 4 },
            { "HK", 9 },
            { "HT", 3 },
            { "HV", 9 },
            { "HZ", 6 },
            { "IA", 3 },
            { "IK", 9 },
            { "IN", 8 },
            { "IP", 7 },
            { "IU", 9 },
            { "IY", 4 },
            { "IZ", 8 },
            { "JO", 8 },
            { "JQ", 1 },
            { "KF", 4 },
            { "KG", 7 },
            { "KT", 9 },
            { "KV", 7 },
            { "LF", 9 },
            { "LI", 8 },
            { "LL", 1 },
            { "LR", 2 },
            { "LT", 9 },
            { "MG", 5 },
            { "MR", 6 },
            { "MS", 1 },
            { "MT", 6 },
            { "MZ", 8 },
            { "NB", 6 },
            { "NS", 5 },
            { "NV", 3 },
            { "OD", 3 },
            { "OJ", 8 },
            { "OL", 4 },
            { "OW", 9 },
            { "PB", 3 },
            { "PH", 5 },
            { "PI", 8 },
            { "PT", 1 },
            { "PU", 7 },
            { "PW", 6 },
            { "QA", 5 },
            { "QC", 7 },
            { "QE", 5 },
            { "QF", 7 },
            { "QH", 6 },
            { "QP", 3 },
            { "QS", 3 },
            { "QU", 5 },
            { "QV", 1 },
            { "RA", 7 },
            { "RF", 7 },
            { "RG", 7 },
            { "RH", 5 },
            { "RL", 6 },
            { "RP", 7 },
            { "RS", 7 },
            { "RT", 8 },
            { "SR", 7 },
            { "TB", 7 },
            { "TD", 3 },
            { "TH", 3 },
            { "TP", 4 },
            { "TT", 5 },
            { "TX", 2 },
            { "UX", 5 },
            { "UZ", 9 },
            { "VA", 1 },
            { "VI", 6 },
            { "VJ", 5 },
            { "VL", 3 },
            { "VN", 5 },
            { "VO", 4 },
            { "VQ", 1 },
            { "VT", 9 },
            { "WA", 5 },
            { "WB", 1 },
            { "WI", 1 },
            { "WL", 3 },
            { "WM", 4 },
            { "WO", 3 },
            { "WV", 4 },
            { "WW", 5 },
            { "WZ", 4 },
            { "XC", 3 },
            { "XF", 5 },
            { "YT", 9 },
            { "YX", 1 },
            { "YZ", 2 },
            { "ZB", 6 },
            { "ZD", 8 },
            { "ZG", 9 },
            { "ZM", 4 },
            { "ZQ", 8 },
            { "ZV", 2 },
            { "ZY", 9 },
        };

        // Price in cents by zone (row) and weight class (column).
        public static readonly int[,] Prices = new int[,]
        {
            {  913,85492,16696,51579,66328,63849,83402,38558,61348,46748,83208,51018},
            {54477,67819, 3792,93818,36604, 2791,20423,64527,99336,48129,90591,13604},
            {89550,56045,72028,53297,79749,49248,98911, 9510,17048,45767, 8277,30469},
            {14274,55551,11142, 7496, 1201,32805, 4161,14933,90094,89916,74128,80815},
            {95222,85342,97974, 3778,77850,29976,77048,62418,82572,27178,60515,99296},
            {44235,55615,85281,71284,41509,31782,51317,11526,86086,79641,44314, 7797},
            {89958,47577,18728,39182,16150,63745,78758,18017,87800,36515, 1743,25985},
            {30054,16250,63332,57237,95913,44677,53227,99360,41745,44624,77961,50120},
            {63669,44997,25628,81946,83399,70344,81305,47504, 8533,30313,44842,50608},
            {35033,80368,74078,16724,71000,87423,57817,97741,36675,33147,45111,54950},
        };

        private static ReadOnlySpan<byte> Crc8 => new byte[]
        {
            0x0D, 0x14, 0x1B, 0x22, 0x29, 0x30, 0x37, 0x3E, 0x45, 0x4C, 0x53, 0x5A, 0x61, 0x68, 0x6F, 0x76,
            0x7D, 0x84, 0x8B, 0x92, 0x99, 0xA0, 0xA7, 0xAE, 0xB5, 0xBC, 0xC3, 0xCA, 0xD1, 0xD8, 0xDF, 0xE6,
            0xED, 0xF4, 0xFB, 0x02, 0x09, 0x10, 0x17, 0x1E, 0x25, 0x2C, 0x33, 0x3A, 0x41, 0x48, 0x4F, 0x56,
            0x5D, 0x64, 0x6B, 0x72, 0x79, 0x80, 0x87, 0x8E, 0x95, 0x9C, 0xA3, 0xAA, 0xB1, 0xB8, 0xBF, 0xC6,
            0xCD, 0xD4, 0xDB, 0xE2, 0xE9, 0xF0, 0xF7, 0xFE, 0x05, 0x0C, 0x13, 0x1A, 0x21, 0x28, 0x2F, 0x36,
            0x3D, 0x44, 0x4B, 0x52, 0x59, 0x60, 0x67, 0x6E, 0x75, 0x7C, 0x83, 0x8A, 0x91, 0x98, 0x9F, 0xA6,
            0xAD, 0xB4, 0xBB, 0xC2, 0xC9, 0xD0, 0xD7, 0xDE, 0xE5, 0xEC, 0xF3, 0xFA, 0x01, 0x08, 0x0F, 0x16,
            0x1D, 0x24, 0x2B, 0x32, 0x39, 0x40, 0x47, 0x4E, 0x55, 0x5C, 0x63, 0x6A, 0x71, 0x78, 0x7F, 0x86,
            0x8D, 0x94, 0x9B, 0xA2, 0xA9, 0xB0, 0xB7, 0xBE, 0xC5, 0xCC, 0xD3, 0xDA, 0xE1, 0xE8, 0xEF, 0xF6,
            0xFD, 0x04, 0x0B, 0x12, 0x19, 0x20, 0x27, 0x2E, 0x35, 0x3C, 0x43, 0x4A, 0x51, 0x58, 0x5F, 0x66,
            0x6D, 0x74, 0x7B, 0x82, 0x89, 0x90, 0x97, 0x9E, 0xA5, 0xAC, 0xB3, 0xBA, 0xC1, 0xC8, 0xCF, 0xD6,
            0xDD, 0xE4, 0xEB, 0xF2, 0xF9, 0x00, 0x07, 0x0E, 0x15, 0x1C, 0x23, 0x2A, 0x31, 0x38, 0x3F, 0x46,
            0x4D, 0x54, 0x5B, 0x62, 0x69, 0x70, 0x77, 0x7E, 0x85, 0x8C, 0x93, 0x9A, 0xA1, 0xA8, 0xAF, 0xB6,
            0xBD, 0xC4, 0xCB, 0xD2, 0xD9, 0xE0, 0xE7, 0xEE, 0xF5, 0xFC, 0x03, 0x0A, 0x11, 0x18, 0x1F, 0x26,
            0x2D, 0x34, 0x3B, 0x42, 0x49, 0x50, 0x57, 0x5E, 0x65, 0x6C, 0x73, 0x7A, 0x81, 0x88, 0x8F, 0x96,
            0x9D, 0xA4, 0xAB, 0xB2, 0xB9, 0xC0, 0xC7, 0xCE, 0xD5, 0xDC, 0xE3, 0xEA, 0xF1, 0xF8, 0xFF, 0x06,
        };

        public static string Carrier(int id)
        {
            switch (id)
            {
                case 1: return "Northwind";
                case 2: return "Contoso";
                case 3: return "Fabrikam";
                case 4: return "Tailspin";
                case 5: return "Woodgrove";
                case 6: return "Litware";
                case 7: return "Proseware";
                case 8: return "Adatum";
                case 9: return "Alpine";
                case 10: return "Coho";
                case 11: return "Lucerne";
                case 12: return "Margie";
                case 13: return "Trey";
                case 14: return "Wingtip";
                case 15: return "Fourth";
                case 16: return "Humongous";
                case 17: return "Wide World";
                case 18: return "Graphic";
                case 19: return "Blue Yonder";
                case 20: return "City Power";
                default: return "unknown";
            }
        }

        public enum Service
        {
            Economy = 1,
            Standard = 2,
            Express = 4,
            Overnight = 8,
            SameDay = 16,
            Freight = 32,
            Pallet = 64,
            Courier = 128,
            Locker = 256,
            PickUp = 512,
        }

        public static readonly (string Code, string Name, decimal Surcharge, bool Signature)[] Options =
        {
            ("OPT000", "Option 0", 3.15m, true),
            ("OPT001", "Option 1", 18.80m, false),
            ("OPT002", "Option 2", 15.22m, false),
            ("OPT003", "Option 3", 11.70m, true),
            ("OPT004", "Option 4", 4.76m, false),
            ("OPT005", "Option 5", 19.73m, false),
            ("OPT006", "Option 6", 8.48m, true),
            ("OPT007", "Option 7", 10.39m, false),
            ("OPT008", "Option 8", 11.45m, false),
            ("OPT009", "Option 9", 10.64m, true),
            ("OPT010", "Option 10", 19.58m, false),
            ("OPT011", "Option 11", 2.22m, false),
            ("OPT012", "Option 12", 19.51m, true),
            ("OPT013", "Option 13", 6.41m, false),
            ("OPT014", "Option 14", 19.46m, false),
            ("OPT015", "Option 15", 19.44m, true),
            ("OPT016", "Option 16", 4.37m, false),
            ("OPT017", "Option 17", 10.42m, false),
            ("OPT018", "Option 18", 20.50m, true),
            ("OPT019", "Option 19", 1.66m, false),
            ("OPT020", "Option 20", 10.82m, false),
            ("OPT021", "Option 21", 17.09m, true),
            ("OPT022", "Option 22", 16.12m, false),
            ("OPT023", "Option 23", 8.20m, false),
            ("OPT024", "Option 24", 15.11m, true),
            ("OPT025", "Option 25", 9.21m, false),
            ("OPT026", "Option 26", 14.29m, false),
            ("OPT027", "Option 27", 9.08m, true),
            ("OPT028", "Option 28", 7.24m, false),
            ("OPT029", "Option 29", 6.35m, false),
            ("OPT030", "Option 30", 20.15m, true),
            ("OPT031", "Option 31", 20.27m, false),
            ("OPT032", "Option 32", 18.23m, false),
            ("OPT033", "Option 33", 15.95m, true),
            ("OPT034", "Option 34", 9.58m, false),
            ("OPT035", "Option 35", 4.61m, false),
            ("OPT036", "Option 36", 12.56m, true),
            ("OPT037", "Option 37", 14.49m, false),
            ("OPT038", "Option 38", 11.34m, false),
            ("OPT039", "Option 39", 6.30m, true),
            ("OPT040", "Option 40", 18.67m, false),
            ("OPT041", "Option 41", 15.64m, false),
            ("OPT042", "Option 42", 19.91m, true),
            ("OPT043", "Option 43", 10.45m, false),
            ("OPT044", "Option 44", 12.39m, false),
            ("OPT045", "Option 45", 4.03m, true),
            ("OPT046", "Option 46", 2.85m, false),
            ("OPT047", "Option 47", 9.49m, false),
            ("OPT048", "Option 48", 9.61m, true),
            ("OPT049", "Option 49", 4.88m, false),
            ("OPT050", "Option 50", 16.53m, false),
            ("OPT051", "Option 51", 18.40m, true),
            ("OPT052", "Option 52", 5.33m, false),
            ("OPT053", "Option 53", 13.52m, false),
            ("OPT054", "Option 54", 1.18m, true),
            ("OPT055", "Option 55", 1.57m, false),
            ("OPT056", "Option 56", 3.67m, false),
            ("OPT057", "Option 57", 9.31m, true),
            ("OPT058", "Option 58", 5.26m, false),
            ("OPT059", "Option 59", 3.99m, false),
        };
    }
}
