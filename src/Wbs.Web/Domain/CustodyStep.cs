namespace Wbs.Web.Domain;

public enum CustodyStep
{
    /// <summary>The object reached the UPG.</summary>
    DiterimaUpg,

    /// <summary>Moved to another place while kept.</summary>
    Dipindahkan,

    /// <summary>Handed to the state (KPK) after a decision of milik negara: the object leaves the register.</summary>
    DiserahkanKeNegara,

    /// <summary>Returned to the recipient after a decision of milik penerima: the object leaves the register.</summary>
    DikembalikanKePenerima,
}
