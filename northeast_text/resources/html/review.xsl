<?xml version="1.0" encoding="UTF-8"?>
<!--
  northeast-text review page: TEI P5 (as written by northeast_text.writers.tei,
  decorated by northeast_text.writers.html with h:row / h:finding and
  h:grp / h:sev / h:title attributes) to one self-contained HTML page.
  Parameters: css, js (the page's style and script, inlined).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:h="urn:northeast-text:html"
    exclude-result-prefixes="tei h">

  <xsl:output method="html" encoding="UTF-8" indent="no"/>
  <xsl:param name="css" select="''"/>
  <xsl:param name="js" select="''"/>

  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>

  <xsl:variable name="review" select="/tei:TEI/h:review"/>
  <xsl:variable name="ts" select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
  <xsl:variable name="solo" select="$review/@mode = 'translation'"/>
  <!-- the language tags the TEI gives each side (zh-Hans, zh-Hant for Traditional; en) -->
  <xsl:variable name="src-tag" select="string(//tei:text[@type='original']/@xml:lang)"/>
  <xsl:variable name="tgt-tag" select="string(//tei:text[@type='translation']/@xml:lang)"/>
  <xsl:variable name="src-lang">
    <xsl:choose><xsl:when test="$src-tag"><xsl:value-of select="$src-tag"/></xsl:when><xsl:otherwise>zh-Hans</xsl:otherwise></xsl:choose>
  </xsl:variable>
  <xsl:variable name="tgt-lang">
    <xsl:choose><xsl:when test="$tgt-tag"><xsl:value-of select="$tgt-tag"/></xsl:when><xsl:otherwise>en</xsl:otherwise></xsl:choose>
  </xsl:variable>

  <!-- ================================================================ page -->
  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="{$review/@tool}"/>
        <title>
          <xsl:text>Review: </xsl:text>
          <xsl:value-of select="($ts/tei:title[@type='translation'] | $ts/tei:title[@type='original'])[last()]"/>
        </title>
        <style><xsl:value-of select="$css"/></style>
      </head>
      <body data-pair="{$review/@pair}" data-signature="{$review/@signature}">
        <xsl:if test="$solo"><xsl:attribute name="class">solo</xsl:attribute></xsl:if>
        <xsl:call-template name="header"/>
        <div id="layout">
          <main id="text">
            <div class="colheads">
              <xsl:if test="not($solo)"><div class="cell src">Original (zh)</div><div class="gut">link</div></xsl:if>
              <div class="cell tgt">Translation (en)</div>
            </div>
            <xsl:apply-templates select="$review/h:row"/>
          </main>
          <xsl:call-template name="panel"/>
        </div>
        <script><xsl:value-of select="$js"/></script>
      </body>
    </html>
  </xsl:template>

  <!-- ================================================================ header -->
  <xsl:template name="header">
    <xsl:variable name="f" select="$review/h:finding"/>
    <header id="top">
      <div class="titles">
        <xsl:for-each select="$ts/tei:title[@type='original']">
          <h1 lang="{$src-lang}" class="t-zh"><xsl:value-of select="."/></h1>
        </xsl:for-each>
        <xsl:for-each select="$ts/tei:title[@type='translation']">
          <h1 lang="{$tgt-lang}" class="t-en"><xsl:value-of select="."/></h1>
        </xsl:for-each>
        <p class="byline">
          <xsl:if test="$ts/tei:author">
            <span>by <b><xsl:value-of select="$ts/tei:author"/></b></span>
          </xsl:if>
          <span>translated by <b>
            <xsl:choose>
              <xsl:when test="$ts/tei:respStmt[@xml:id='translator']/tei:name[not(@type='unknown')]">
                <xsl:value-of select="$ts/tei:respStmt[@xml:id='translator']/tei:name"/>
              </xsl:when>
              <xsl:otherwise>(not stated)</xsl:otherwise>
            </xsl:choose>
          </b></span>
          <span class="pid">pair <code><xsl:value-of select="$review/@pair"/></code></span>
        </p>
      </div>
      <div class="counts" id="counts">
        <span class="c c-error" data-sev="error" title="go to the first error"><b><xsl:value-of select="count($f[@severity='error'][not(@decision='dismissed')])"/></b> errors</span>
        <span class="c c-warning" data-sev="warning" title="go to the first warning"><b><xsl:value-of select="count($f[@severity='warning'][not(@decision='dismissed')])"/></b> warnings</span>
        <span class="c c-info" data-sev="info" title="go to the first info finding"><b><xsl:value-of select="count($f[@severity='info'][not(@decision='dismissed')])"/></b> info</span>
        <xsl:if test="$f[@decision='dismissed']">
          <span class="c c-dismissed"><b><xsl:value-of select="count($f[@decision='dismissed'])"/></b> dismissed</span>
        </xsl:if>
        <span class="c c-low" title="alignment links scoring under 0.5: go to the first"><b><xsl:value-of select="count($review/h:row[@low='yes'])"/></b> uncertain links</span>
      </div>
      <p class="sig">
        <xsl:value-of select="$review/@tool"/>
        <xsl:text> · </xsl:text>
        <code><xsl:value-of select="$review/@signature"/></code>
        <span class="keys"> · keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>c</kbd> confirm, <kbd>d</kbd> dismiss, <kbd>/</kbd> comment</span>
      </p>
    </header>
  </xsl:template>

  <!-- ================================================================ rows -->
  <xsl:template match="h:row">
    <section class="row" id="row-{@n}" data-type="{@type}">
      <xsl:attribute name="class">
        <xsl:text>row</xsl:text>
        <xsl:if test="@low='yes'"> low</xsl:if>
        <xsl:if test="not(h:src)"> no-src</xsl:if>
        <xsl:if test="not(h:tgt)"> no-tgt</xsl:if>
      </xsl:attribute>
      <xsl:if test="not($solo)">
        <div class="cell src" lang="{$src-lang}">
          <xsl:apply-templates select="key('id', h:src/@ref)" mode="block"/>
          <xsl:if test="not(h:src)"><p class="empty">no counterpart in the original</p></xsl:if>
        </div>
        <div class="gut">
          <span class="lt"><xsl:value-of select="@type"/></span>
          <xsl:if test="@score">
            <span class="sc" title="alignment score">
              <xsl:if test="@low='yes'"><xsl:attribute name="title">low alignment score: check that these blocks correspond</xsl:attribute></xsl:if>
              <xsl:value-of select="@score"/>
            </span>
          </xsl:if>
          <xsl:if test="@low='yes'"><span class="lowmark" title="low alignment score">?</span></xsl:if>
        </div>
      </xsl:if>
      <div class="cell tgt" lang="{$tgt-lang}">
        <xsl:apply-templates select="key('id', h:tgt/@ref)" mode="block"/>
        <xsl:if test="not(h:tgt)"><p class="empty">no counterpart in the translation</p></xsl:if>
      </div>
    </section>
  </xsl:template>

  <xsl:template match="tei:head | tei:p" mode="block">
    <xsl:variable name="role">
      <xsl:choose>
        <xsl:when test="self::tei:head"><xsl:value-of select="concat(@type, substring('heading', 1, 7 * not(@type)))"/></xsl:when>
        <xsl:when test="@rend"><xsl:value-of select="@rend"/></xsl:when>
        <xsl:otherwise>paragraph</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="tr" select="@resp or ancestor::tei:div[@resp]"/>
    <div id="{@xml:id}" data-n="{@n}">
      <xsl:attribute name="class">
        <xsl:value-of select="concat('blk role-', $role)"/>
        <xsl:if test="$tr"> tr</xsl:if>
        <xsl:if test="@xml:id = $review/h:finding/@src-block or @xml:id = $review/h:finding/@tgt-block"> has-f</xsl:if>
      </xsl:attribute>
      <xsl:if test="$tr">
        <span class="tr-label">
          <xsl:text>Translator</xsl:text>
          <xsl:choose>
            <xsl:when test="contains(@ana, 'preface') or ancestor::tei:div[@type='preface']"> · preface</xsl:when>
            <xsl:when test="ancestor::tei:div[@type='notes']"> · notes</xsl:when>
          </xsl:choose>
        </span>
      </xsl:if>
      <span class="bid"><xsl:value-of select="@xml:id"/></span>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- ================================================================ inline -->
  <xsl:template name="common">
    <xsl:param name="cls"/>
    <xsl:attribute name="class">
      <xsl:value-of select="$cls"/>
      <xsl:if test="@h:sev"> fs fs-<xsl:value-of select="@h:sev"/></xsl:if>
      <xsl:if test="@h:grp"> cp</xsl:if>
    </xsl:attribute>
    <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
    <xsl:if test="@h:grp"><xsl:attribute name="data-grp"><xsl:value-of select="@h:grp"/></xsl:attribute></xsl:if>
    <xsl:if test="@h:title"><xsl:attribute name="title"><xsl:value-of select="@h:title"/></xsl:attribute></xsl:if>
  </xsl:template>

  <!-- a <num> that only repeats its <measure> adds nothing -->
  <xsl:template match="tei:num[parent::tei:measure][count(../node()) = 1]">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:num | tei:measure | tei:date">
    <span><xsl:call-template name="common"><xsl:with-param name="cls" select="'q'"/></xsl:call-template><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:placeName | tei:orgName | tei:persName | tei:name">
    <span data-ref="{substring-after(@ref, '#')}"><xsl:call-template name="common"><xsl:with-param name="cls" select="'nm'"/></xsl:call-template><xsl:apply-templates/></span>
  </xsl:template>

  <!-- a sentence: its sentence link's group (hover lights up its counterparts), marked when the link is uncertain -->
  <xsl:template match="tei:s">
    <span><xsl:call-template name="common"><xsl:with-param name="cls"><xsl:choose><xsl:when test="@h:low='yes'">s s-low</xsl:when><xsl:otherwise>s</xsl:otherwise></xsl:choose></xsl:with-param></xsl:call-template><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:seg">
    <span><xsl:call-template name="common"><xsl:with-param name="cls" select="'qa'"/></xsl:call-template><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:note">
    <span data-kind="{@type}"><xsl:call-template name="common"><xsl:with-param name="cls" select="'tr-note'"/></xsl:call-template><span class="tr-tag" title="{concat('translator’s ', @type)}">Translator</span><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:ref[@type='noteAnchor']">
    <xsl:choose>
      <xsl:when test="@target">
        <a class="fnref" href="{@target}"><xsl:call-template name="common"><xsl:with-param name="cls" select="'fnref'"/></xsl:call-template><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise>
        <span><xsl:call-template name="common"><xsl:with-param name="cls" select="'fnref'"/></xsl:call-template><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ref">
    <xsl:choose>
      <xsl:when test="starts-with(@target, 'https://') or starts-with(@target, 'http://')">
        <a class="ext" href="{@target}" rel="noopener noreferrer nofollow"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise><span class="ext"><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:hi[@rend='bold']"><strong><xsl:apply-templates/></strong></xsl:template>
  <xsl:template match="tei:hi[@rend='code']"><code><xsl:apply-templates/></code></xsl:template>
  <xsl:template match="tei:hi"><em><xsl:apply-templates/></em></xsl:template>

  <xsl:template match="tei:*"><span><xsl:apply-templates/></span></xsl:template>

  <!-- ================================================================ panel -->
  <xsl:template name="panel">
    <xsl:variable name="f" select="$review/h:finding"/>
    <aside id="panel" aria-label="findings">
      <div class="ptop">
        <div class="filters" id="filters">
          <div class="fl">
            <label class="chip sev-error"><input type="checkbox" data-filter="sev" value="error" checked="checked"/> errors <b><xsl:value-of select="count($f[@severity='error'])"/></b></label>
            <label class="chip sev-warning"><input type="checkbox" data-filter="sev" value="warning" checked="checked"/> warnings <b><xsl:value-of select="count($f[@severity='warning'])"/></b></label>
            <label class="chip sev-info" title="minor findings; hidden at first when there are errors or warnings"><input type="checkbox" data-filter="sev" value="info"><xsl:if test="not($f[@severity='error' or @severity='warning'])"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if></input> info <b><xsl:value-of select="count($f[@severity='info'])"/></b></label>
            <label class="chip dis"><input type="checkbox" data-filter="dismissed" value="dismissed" checked="checked"/> show dismissed</label>
          </div>
          <div class="fl kinds">
            <xsl:for-each select="$f[not(@kind = preceding-sibling::h:finding/@kind)]">
              <xsl:sort select="@kind"/>
              <xsl:variable name="k" select="@kind"/>
              <label class="chip kind"><input type="checkbox" data-filter="kind" value="{$k}" checked="checked"/><xsl:text> </xsl:text><xsl:value-of select="$k"/><xsl:text> </xsl:text><b><xsl:value-of select="count($f[@kind=$k])"/></b></label>
            </xsl:for-each>
          </div>
        </div>
        <div class="tools">
          <span id="shown" class="shown"></span>
          <input id="reviewer" type="text" placeholder="your name (reviewer)" aria-label="reviewer"/>
          <button id="export" type="button" title="download the decisions as JSON">Export decisions</button>
          <span id="progress" class="progress"></span>
        </div>
      </div>
      <ol id="findings">
        <xsl:apply-templates select="$f"/>
      </ol>
      <xsl:if test="not($f)"><p class="none">No findings: the checks found nothing to report.</p></xsl:if>
    </aside>
  </xsl:template>

  <xsl:template match="h:finding">
    <li class="finding sev-{@severity}" tabindex="-1"
        data-fid="{@id}" data-kind="{@kind}" data-sev="{@severity}" data-targets="{@targets}">
      <xsl:if test="@decision"><xsl:attribute name="data-decision"><xsl:value-of select="@decision"/></xsl:attribute></xsl:if>
      <xsl:if test="@reviewer"><xsl:attribute name="data-reviewer"><xsl:value-of select="@reviewer"/></xsl:attribute></xsl:if>
      <div class="fhead">
        <span class="sev"><xsl:value-of select="@severity"/></span>
        <span class="kind"><xsl:value-of select="@kind"/></span>
        <span class="where">
          <xsl:value-of select="@src-block"/>
          <xsl:if test="@src-block and @tgt-block"> → </xsl:if>
          <xsl:value-of select="@tgt-block"/>
        </span>
        <span class="state"></span>
      </div>
      <xsl:if test="h:src or h:tgt">
        <div class="texts">
          <xsl:choose>
            <xsl:when test="h:src"><q lang="{$src-lang}"><xsl:value-of select="h:src"/></q></xsl:when>
            <xsl:otherwise><span class="nil">—</span></xsl:otherwise>
          </xsl:choose>
          <xsl:text> → </xsl:text>
          <xsl:choose>
            <xsl:when test="h:tgt"><q lang="{$tgt-lang}"><xsl:value-of select="h:tgt"/></q></xsl:when>
            <xsl:otherwise><span class="nil">—</span></xsl:otherwise>
          </xsl:choose>
        </div>
      </xsl:if>
      <xsl:if test="h:expected"><div class="exp">expected <q><xsl:value-of select="h:expected"/></q></div></xsl:if>
      <div class="msg"><xsl:value-of select="h:message"/></div>
      <div class="decide">
        <button type="button" data-act="confirmed" title="the finding is right (c)">Confirm</button>
        <button type="button" data-act="dismissed" title="not a problem (d)">Dismiss</button>
        <textarea rows="2" placeholder="comment (optional)" aria-label="comment"><xsl:value-of select="h:comment"/></textarea>
      </div>
    </li>
  </xsl:template>

</xsl:stylesheet>
