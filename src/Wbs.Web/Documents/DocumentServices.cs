namespace Wbs.Web.Documents;

public static class DocumentServices
{
    /// <summary>The PDFs people download: receipts for both report kinds and the UPG's KPK form.</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddScoped<Receipts>();
        services.AddScoped<ReceiptVerification>();
        services.AddHttpContextAccessor();
        services.AddScoped<KpkForms>();
        return services;
    }
}
