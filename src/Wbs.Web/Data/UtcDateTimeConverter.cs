using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Wbs.Web.Data;

/// <summary>Marks values read back as UTC, which SQLite and timestamptz would otherwise leave ambiguous.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
