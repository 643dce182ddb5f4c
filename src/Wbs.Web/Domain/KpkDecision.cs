namespace Wbs.Web.Domain;

/// <summary>KPK's decision on a gift (Surat Keputusan).</summary>
public enum KpkDecision
{
    MilikNegara,
    MilikPenerima,
}
