namespace Groundwork.Engine.Format.Options;

using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>
/// The CLI reads enum values as strings in any casing and rejects numbers and unknown names;
/// the default System.Text.Json enum handling would accept numbers, so it cannot be used.
/// </summary>
internal sealed class CaseInsensitiveEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    )
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(
                $"Expected a string for {typeof(TEnum).Name}, but got {reader.TokenType}."
            );
        }

        var text = reader.GetString();
        return Enum.TryParse<TEnum>(text, ignoreCase: true, out var value)
            ? value
            : throw new JsonException($"'{text}' is not a valid {typeof(TEnum).Name}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
