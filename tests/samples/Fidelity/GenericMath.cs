using System.Numerics;
using System;
using System.Collections.Generic;

namespace Fidelity.Numerics
{
    public interface IShape<TSelf> where TSelf : IShape<TSelf>
    {
        static abstract TSelf Unit { get; }
        static abstract string Name { get; }
        static virtual string Describe() => $"a {TSelf.Name}";
        static abstract TSelf operator *(TSelf shape, double factor);
    }

    public readonly record struct Square(double Side) : IShape<Square>
    {
        public static Square Unit => new(1);
        public static string Name => "square";
        public static Square operator *(Square shape, double factor) => new(shape.Side * factor);
    }

    public readonly struct Fixed16 : INumberBase<Fixed16>, IComparisonOperators<Fixed16, Fixed16, bool>, IShiftOperators<Fixed16, int, Fixed16>
    {
        private readonly int _raw;
        private Fixed16(int raw) => _raw = raw;

        public static Fixed16 One => new(1 << 16);
        public static Fixed16 Zero => default;
        public static int Radix => 2;
        public static Fixed16 AdditiveIdentity => Zero;
        public static Fixed16 MultiplicativeIdentity => One;

        public static Fixed16 operator +(Fixed16 left, Fixed16 right) => new(left._raw + right._raw);
        public static Fixed16 operator checked +(Fixed16 left, Fixed16 right) => new(checked(left._raw + right._raw));
        public static Fixed16 operator -(Fixed16 left, Fixed16 right) => new(left._raw - right._raw);
        public static Fixed16 operator checked -(Fixed16 left, Fixed16 right) => new(checked(left._raw - right._raw));
        public static Fixed16 operator *(Fixed16 left, Fixed16 right) => new((int)(((long)left._raw * right._raw) >> 16));
        public static Fixed16 operator /(Fixed16 left, Fixed16 right) => new((int)(((long)left._raw << 16) / right._raw));
        public static Fixed16 operator -(Fixed16 value) => new(-value._raw);
        public static Fixed16 operator checked -(Fixed16 value) => new(checked(-value._raw));
        public static Fixed16 operator +(Fixed16 value) => value;
        public static Fixed16 operator ++(Fixed16 value) => value + One;
        public static Fixed16 operator --(Fixed16 value) => value - One;
        public static Fixed16 operator <<(Fixed16 value, int shift) => new(value._raw << shift);
        public static Fixed16 operator >>(Fixed16 value, int shift) => new(value._raw >> shift);
        public static Fixed16 operator >>>(Fixed16 value, int shift) => new(value._raw >>> shift);
        public static bool operator ==(Fixed16 left, Fixed16 right) => left._raw == right._raw;
        public static bool operator !=(Fixed16 left, Fixed16 right) => left._raw != right._raw;
        public static bool operator <(Fixed16 left, Fixed16 right) => left._raw < right._raw;
        public static bool operator >(Fixed16 left, Fixed16 right) => left._raw > right._raw;
        public static bool operator <=(Fixed16 left, Fixed16 right) => left._raw <= right._raw;
        public static bool operator >=(Fixed16 left, Fixed16 right) => left._raw >= right._raw;

        public static explicit operator Fixed16(double value) => new((int)Math.Round(value * 65536));
        public static explicit operator checked Fixed16(double value) => new(checked((int)Math.Round(value * 65536)));
        public static implicit operator double(Fixed16 value) => value._raw / 65536.0;

        public static Fixed16 Abs(Fixed16 value) => value._raw < 0 ? -value : value;
        public static bool IsCanonical(Fixed16 value) => true;
        public static bool IsComplexNumber(Fixed16 value) => false;
        public static bool IsEvenInteger(Fixed16 value) => (value._raw & 0x1FFFF) == 0;
        public static bool IsFinite(Fixed16 value) => true;
        public static bool IsImaginaryNumber(Fixed16 value) => false;
        public static bool IsInfinity(Fixed16 value) => false;
        public static bool IsInteger(Fixed16 value) => (value._raw & 0xFFFF) == 0;
        public static bool IsNaN(Fixed16 value) => false;
        public static bool IsNegative(Fixed16 value) => value._raw < 0;
        public static bool IsNegativeInfinity(Fixed16 value) => false;
        public static bool IsNormal(Fixed16 value) => value._raw != 0;
        public static bool IsOddInteger(Fixed16 value) => IsInteger(value) && !IsEvenInteger(value);
        public static bool IsPositive(Fixed16 value) => value._raw >= 0;
        public static bool IsPositiveInfinity(Fixed16 value) => false;
        public static bool IsRealNumber(Fixed16 value) => true;
        public static bool IsSubnormal(Fixed16 value) => false;
        public static bool IsZero(Fixed16 value) => value._raw == 0;
        public static Fixed16 MaxMagnitude(Fixed16 x, Fixed16 y) => Abs(x) > Abs(y) ? x : y;
        public static Fixed16 MaxMagnitudeNumber(Fixed16 x, Fixed16 y) => MaxMagnitude(x, y);
        public static Fixed16 MinMagnitude(Fixed16 x, Fixed16 y) => Abs(x) < Abs(y) ? x : y;
        public static Fixed16 MinMagnitudeNumber(Fixed16 x, Fixed16 y) => MinMagnitude(x, y);
        public static Fixed16 Parse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style, IFormatProvider? provider) => (Fixed16)double.Parse(s, style, provider);
        public static Fixed16 Parse(string s, System.Globalization.NumberStyles style, IFormatProvider? provider) => (Fixed16)double.Parse(s, style, provider);
        public static Fixed16 Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => (Fixed16)double.Parse(s, provider);
        public static Fixed16 Parse(string s, IFormatProvider? provider) => (Fixed16)double.Parse(s, provider);
        public static bool TryParse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style, IFormatProvider? provider, out Fixed16 result) { var ok = double.TryParse(s, style, provider, out var d); result = (Fixed16)d; return ok; }
        public static bool TryParse(string? s, System.Globalization.NumberStyles style, IFormatProvider? provider, out Fixed16 result) => TryParse(s.AsSpan(), style, provider, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Fixed16 result) => TryParse(s, System.Globalization.NumberStyles.Float, provider, out result);
        public static bool TryParse(string? s, IFormatProvider? provider, out Fixed16 result) => TryParse(s.AsSpan(), provider, out result);
        static bool INumberBase<Fixed16>.TryConvertFromChecked<TOther>(TOther value, out Fixed16 result) { result = default; return false; }
        static bool INumberBase<Fixed16>.TryConvertFromSaturating<TOther>(TOther value, out Fixed16 result) { result = default; return false; }
        static bool INumberBase<Fixed16>.TryConvertFromTruncating<TOther>(TOther value, out Fixed16 result) { result = default; return false; }
        static bool INumberBase<Fixed16>.TryConvertToChecked<TOther>(Fixed16 value, out TOther result) { result = default!; return false; }
        static bool INumberBase<Fixed16>.TryConvertToSaturating<TOther>(Fixed16 value, out TOther result) { result = default!; return false; }
        static bool INumberBase<Fixed16>.TryConvertToTruncating<TOther>(Fixed16 value, out TOther result) { result = default!; return false; }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) => ((double)this).TryFormat(destination, out charsWritten, format, provider);
        public string ToString(string? format, IFormatProvider? formatProvider) => ((double)this).ToString(format, formatProvider);
        public bool Equals(Fixed16 other) => _raw == other._raw;
        public override bool Equals(object? obj) => obj is Fixed16 other && Equals(other);
        public override int GetHashCode() => _raw;
    }

    public static class Algorithms
    {
        public static T Sum<T>(IEnumerable<T> values) where T : INumberBase<T>
        {
            T total = T.Zero;
            foreach (var value in values) total += value;
            return total;
        }

        public static T Mean<T>(ReadOnlySpan<T> values) where T : INumber<T> => values.IsEmpty ? T.Zero : Sum(values.ToArray()) / T.CreateChecked(values.Length);

        public static TResult Accumulate<T, TResult>(ReadOnlySpan<T> values) where T : INumber<T> where TResult : INumber<TResult>, IAdditionOperators<TResult, TResult, TResult>
        {
            var acc = TResult.Zero;
            foreach (var v in values) acc = checked(acc + TResult.CreateSaturating(v));
            return acc;
        }

        public static TShape Grow<TShape>(double factor) where TShape : IShape<TShape> => TShape.Unit * factor;

        public static int Checks(int a, int b)
        {
            var x = checked(a * b);
            var y = unchecked(a + b);
            checked { x += 1; }
            unchecked { y <<= 2; }
            return x ^ y;
        }
    }
}
