using System;

namespace Fidelity.Conversions
{
    public interface IConvertibleTo<TSelf, TOther> where TSelf : IConvertibleTo<TSelf, TOther>
    {
        static abstract explicit operator TOther(TSelf value);
        static abstract implicit operator TSelf(TOther value);
    }

    public readonly struct Celsius : IConvertibleTo<Celsius, double>
    {
        private readonly double _value;
        private Celsius(double value) => _value = value;

        static explicit IConvertibleTo<Celsius, double>.operator double(Celsius value) => value._value;
        static implicit IConvertibleTo<Celsius, double>.operator Celsius(double value) => new(value);

        public override string ToString() => $"{_value} °C";
    }
}
