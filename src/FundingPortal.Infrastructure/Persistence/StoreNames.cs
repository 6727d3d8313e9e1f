using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FundingPortal.Infrastructure.Persistence;

/// <summary>An entity's table and columns as SQL writes them, taken from the EF model, for the statements we write ourselves.</summary>
internal static class StoreNames
{
    public static StoreObjectIdentifier Table(IEntityType type) => StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());

    public static string QualifiedTable(IEntityType type) =>
        (type.GetSchema() is { } schema ? Quote(schema) + "." : string.Empty) + Quote(type.GetTableName()!);

    public static string Column(IProperty property, StoreObjectIdentifier table) => Quote(property.GetColumnName(table)!);

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
